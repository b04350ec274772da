import { describe, expect, it } from 'vitest'
import { decodeCircuitBytes } from '@shared/circuits/circuit-bytes'
import { parseCircuit, parseCircuitText } from '@shared/circuits/circuit-file'
import { circuitsFromStored } from '@shared/data/saved-circuits'
import EXAMPLE from '../../fixtures/example-circuit.json'

const text = JSON.stringify({ ...EXAMPLE, name: 'Café légs' }, null, 2)

/** UTF-16 bytes of `s`, little- or big-endian, with or without a byte order mark. */
function utf16(s: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = Array.from({ length: s.length }, (_, i) => s.charCodeAt(i))
  if (bom) units.unshift(0xfeff)
  const out = new Uint8Array(units.length * 2)
  units.forEach((u, i) => {
    out[2 * i + (endian === 'le' ? 0 : 1)] = u & 0xff
    out[2 * i + (endian === 'le' ? 1 : 0)] = u >> 8
  })
  return out
}

/** Latin-1 bytes of `s` (every character below U+0100). */
const latin1 = (s: string) => Uint8Array.from({ length: s.length }, (_, i) => s.charCodeAt(i))

/** The circuit's name read from bytes, or the refusal's message. */
function nameFrom(bytes: Uint8Array): string {
  const d = decodeCircuitBytes(bytes)
  if (!d.ok) return d.message
  const r = parseCircuitText(d.text)
  return r.ok ? r.circuit.name : r.message
}

describe('reading a circuit file from its bytes', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    const utf8 = new TextEncoder().encode(text)
    expect(nameFrom(utf8)).toBe('Café légs')
    expect(nameFrom(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe('Café légs')
  })

  it('reads UTF-16 in either byte order, with or without a byte order mark', () => {
    const cases = (['le', 'be'] as const).flatMap((e) => [true, false].map((b) => [e, b] as const))
    const names = cases.map(([endian, bom]) => nameFrom(utf16(text, endian, bom)))
    console.log(`UTF-16 cases read: ${names.filter((n) => n === 'Café légs').length} of 4`)
    expect(names).toEqual(['Café légs', 'Café légs', 'Café légs', 'Café légs'])
  })

  it('refuses Latin-1 and invalid UTF-8 saying the file is in another encoding, never with �', () => {
    const bad = [
      latin1(text),
      Uint8Array.from([...new TextEncoder().encode('{"name": "a'), 0xc3, 0x28, 0x22, 0x7d]),
      Uint8Array.from([...new TextEncoder().encode('{"name": "'), 0xed, 0xa0, 0x80, 0x22, 0x7d]),
      Uint8Array.from([0x7b, 0xff, 0x7d]),
    ]
    const messages = bad.map(nameFrom)
    const refused = messages.filter((m) => /is not UTF-8 text.*another encoding.*Latin-1/.test(m))
    console.log(`non-UTF-8 files refused as another encoding: ${refused.length} of ${bad.length}`)
    expect(refused).toHaveLength(bad.length)
    expect(messages.join()).not.toContain('\uFFFD')
  })

  it('refuses bytes that claim UTF-16 but are not, saying so', () => {
    const odd = Uint8Array.from([0xff, 0xfe, 0x7b, 0x00, 0x7d])
    expect(nameFrom(odd)).toMatch(/looks like UTF-16 text \(little-endian\) but is not valid/)
  })
})

describe('line and paragraph separators', () => {
  it('count as line breaks in names, loads and notes, refused like other control characters', () => {
    const rule = 'no control characters, such as tabs or line breaks'
    const refusals = ['\u2028', '\u2029'].flatMap((sep) => [
      parseCircuit({ ...EXAMPLE, name: `Leg${sep}day` }),
      parseCircuit({ ...EXAMPLE, items: [{ ...EXAMPLE.items[0], load: `8${sep}kg` }] }),
      parseCircuit({ ...EXAMPLE, items: [{ ...EXAMPLE.items[0], notes: `a${sep}b` }] }),
    ])
    const refused = refusals.filter((r) => !r.ok && r.message.includes(rule))
    console.log(`separators refused: ${refused.length} of ${refusals.length}`)
    expect(refused).toHaveLength(refusals.length)
  })

  it('in a circuit saved before the rule become spaces, so it still opens', () => {
    const stored = {
      version: 1,
      circuits: [
        { id: 'a', createdAtMs: 1, updatedAtMs: 1, circuit: { ...EXAMPLE, name: 'Leg\u2028day' } },
      ],
    }
    const r = circuitsFromStored(stored)
    expect(r.ok && r.value[0]!.circuit.name).toBe('Leg day')
  })
})
