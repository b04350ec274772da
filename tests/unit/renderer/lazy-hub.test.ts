import { describe, expect, it, vi } from 'vitest'
import type { PhoneCommand } from '@shared/engine/phone-commands'
import type { LiveState } from '@shared/engine/display-window-state'
import type { HubStatus } from '@shared/ipc-contract'
import type { HubMethods } from '@renderer/platform/browser-hub'
import { lazyHub } from '@renderer/platform/lazy-hub'

/** A hub that records what reaches it, and can press a phone's button. */
function fakeHub() {
  const sent: LiveState[] = []
  const listeners = new Set<(c: PhoneCommand) => void>()
  const watchers = new Set<(s: HubStatus) => void>()
  const hub: HubMethods = {
    hubStatus: () => Promise.resolve(null),
    switchHub: () => Promise.resolve(null),
    forgetHubDevice: () => Promise.resolve(null),
    sendHubState: (s) => void sent.push(s),
    onHubCommand: (l) => {
      listeners.add(l)
      return () => void listeners.delete(l)
    },
    onHubStatus: (l) => {
      watchers.add(l)
      return () => void watchers.delete(l)
    },
  }
  const press = (c: PhoneCommand) => {
    for (const l of listeners) l(c)
  }
  const tell = (s: HubStatus) => {
    for (const w of watchers) w(s)
  }
  return { hub, sent, press, tell, listeners, watchers }
}

const state = (muted: boolean): LiveState => ({ display: null, muted })
const settle = () => new Promise((r) => setTimeout(r, 0))

describe('the browser edition’s remote, fetched on first use', () => {
  it('fetches nothing until used, then runs the calls made meanwhile in order', async () => {
    const f = fakeHub()
    const load = vi.fn(() => Promise.resolve(f.hub))
    const hub = lazyHub(load)
    expect(load).not.toHaveBeenCalled()
    hub.sendHubState(state(true))
    hub.sendHubState(state(false))
    await settle()
    expect(f.sent).toEqual([state(true), state(false)])
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('passes on a press to a listener, and no longer once it is dropped, even before the code came', async () => {
    const f = fakeHub()
    const hub = lazyHub(() => Promise.resolve(f.hub))
    const heard: PhoneCommand[] = []
    const off = hub.onHubCommand((c) => heard.push(c))
    const early = hub.onHubCommand(() => heard.push('skip'))
    early() // dropped before the code arrived: never handed to the hub
    await settle()
    f.press('togglePause')
    expect(heard).toEqual(['togglePause'])
    off()
    f.press('togglePause')
    expect(heard).toEqual(['togglePause'])
    expect(f.listeners.size).toBe(0)
  })

  it('tries again after a failed fetch, and a listener waiting since then hears the phone', async () => {
    const f = fakeHub()
    const load = vi
      .fn<() => Promise<HubMethods>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(f.hub)
    const hub = lazyHub(load)
    const heard: PhoneCommand[] = []
    hub.onHubCommand((c) => heard.push(c))
    await settle()
    f.press('skip')
    expect(heard).toEqual([]) // the code is not here yet
    hub.sendHubState(state(false)) // the runner's next state tries again
    await settle()
    expect(load).toHaveBeenCalledTimes(2)
    f.press('skip')
    expect(heard).toEqual(['skip'])
    expect(f.sent).toEqual([state(false)])
  })

  it('hands a listener added after the code came straight to the hub', async () => {
    const f = fakeHub()
    const hub = lazyHub(() => Promise.resolve(f.hub))
    await hub.hubStatus()
    const heard: PhoneCommand[] = []
    hub.onHubCommand((c) => heard.push(c))
    await settle()
    f.press('mute')
    expect(heard).toEqual(['mute'])
  })

  it('hands status listeners to the hub once its code comes, and lets them go', async () => {
    const f = fakeHub()
    const hub = lazyHub(() => Promise.resolve(f.hub))
    const seen: (string | null)[] = []
    const off = hub.onHubStatus((s) => seen.push(s.code))
    await settle()
    f.tell({ code: '123456' } as HubStatus)
    expect(seen).toEqual(['123456'])
    off()
    expect(f.watchers.size).toBe(0)
  })
})
