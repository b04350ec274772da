import { describe, expect, it, vi } from 'vitest'
import { invokeSchemas } from '@shared/ipc-contract'

const handled = new Map<string, (...args: unknown[]) => unknown>()
vi.mock('electron', () => {
  const e = {
    ipcMain: {
      handle: (c: string, fn: (...a: unknown[]) => unknown) => handled.set(c, fn),
    },
  }
  return { default: e, ...e }
})

const { setupIpc } = await import('../../../src/main/ipc')
const { services, ev } = await import('./handler-services')

describe('the main side of the contract', () => {
  it('registers a handler for every channel of the contract', () => {
    const { h } = services(false)
    setupIpc(h, () => true)
    expect([...handled.keys()].sort()).toEqual(Object.keys(invokeSchemas).sort())
  })

  it('turns a failing handler into an error result', async () => {
    const { runHandler } = await import('../../../src/main/ipc')
    const r = await runHandler(
      'plan:load',
      () => {
        throw new Error('disk gone')
      },
      () => true,
      ev,
      [],
    )
    expect(r).toEqual({ ok: false, error: 'plan:load failed: disk gone' })
  })

  it("passes a store's refusal on in the user's words, with no channel name", async () => {
    const { runHandler } = await import('../../../src/main/ipc')
    const { SaveError } = await import('../../../src/main/store')
    const said =
      'Could not save your history: the disk is full (/data). What was saved before is unchanged.'
    const r = await runHandler(
      'plan:load',
      () => {
        throw new SaveError(said)
      },
      () => true,
      ev,
      [],
    )
    expect(r).toEqual({ ok: false, error: said })
  })
})
