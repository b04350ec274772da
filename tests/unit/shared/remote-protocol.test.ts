import { describe, expect, it } from 'vitest'
import {
  MAX_MESSAGE_DEPTH,
  nestingOf,
  clockOffsetMs,
  deviceMessageSchema,
  hostMessageSchema,
  MAX_DEVICE_MESSAGE_BYTES,
  pageMessageSchema,
  pairRequestSchema,
  readMessage,
} from '@shared/remote/protocol'

const read = (text: string) => readMessage(deviceMessageSchema, text, MAX_DEVICE_MESSAGE_BYTES)

describe('the phone remote protocol', () => {
  it('reads the messages a phone or TV may send, and nothing else', () => {
    expect(read('{"type":"command","command":"skip"}')).toEqual({
      type: 'command',
      command: 'skip',
    })
    expect(read(JSON.stringify({ type: 'hello', token: 'a'.repeat(43), role: 'display' }))).toEqual(
      { type: 'hello', token: 'a'.repeat(43), role: 'display' },
    )
    for (const bad of [
      'not json',
      '{"type":"command","command":"exit"}',
      '{"type":"command","command":"skip","extra":1}',
      '{"type":"hello","token":"short","role":"remote"}',
      '{"type":"hello","token":"' + 'a'.repeat(43) + '","role":"host"}',
      '{"type":"state","state":{}}',
      JSON.stringify({ type: 'ping', t: 1, pad: 'x'.repeat(MAX_DEVICE_MESSAGE_BYTES) }),
    ])
      expect(read(bad), bad.slice(0, 60)).toBeUndefined()
    expect(readMessage(hostMessageSchema, '{"type":"host","key":"short"}', 100)).toBeUndefined()
  })

  it('measures nesting without parsing, ignoring brackets inside text', () => {
    expect(nestingOf('{"a":[1,{"b":2}]}')).toBe(3)
    expect(nestingOf('{"a":"[[[[\\"[["}')).toBe(1)
    expect(nestingOf('['.repeat(100_000), MAX_MESSAGE_DEPTH)).toBe(MAX_MESSAGE_DEPTH + 1)
    const deep = `{"type":"ping","t":${'['.repeat(MAX_MESSAGE_DEPTH)}1${']'.repeat(MAX_MESSAGE_DEPTH)}}`
    expect(read(deep)).toBeUndefined()
    // A pairing asks for a role as well as the code.
    expect(readMessage(pairRequestSchema, '{"code":"123456"}', 100)).toBeUndefined()
    expect(readMessage(pairRequestSchema, '{"code":"123456","role":"display"}', 100)).toEqual({
      code: '123456',
      role: 'display',
    })
  })

  it('measures the clocks no further apart than a ping can tell', () => {
    // Answered mid-way on the same clock: no offset.
    expect(clockOffsetMs(1000, 1010, 1020)).toBe(0)
    // A slow answer on the same clock does not move it.
    expect(clockOffsetMs(1000, 1001, 1240)).toBe(0)
    // A hub 2 s ahead, measured over a 20 ms round trip: 2 s, less the doubt.
    expect(clockOffsetMs(1000, 3010, 1020)).toBe(1990)
    expect(clockOffsetMs(3000, 1010, 3020)).toBe(-1990)
  })
})

describe("what the browser edition's server sends its runner page", () => {
  const page = (m: unknown) => pageMessageSchema.safeParse(m).success
  it("is a press or the hub's status, and nothing else", () => {
    expect(page({ type: 'command', command: 'skip' })).toBe(true)
    expect(page({ type: 'status', status: { on: false, url: null, devices: [] } })).toBe(true)
    expect(page({ type: 'command', command: 'format-disk' })).toBe(false)
    expect(page({ type: 'command', command: 'skip', extra: 1 })).toBe(false)
    expect(page({ type: 'status', status: { on: 'yes' } })).toBe(false)
    expect(page({ type: 'status', status: null })).toBe(false)
    expect(page({ type: 'state', state: {} })).toBe(false)
  })
})
