import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('../../support/electron-fake'))

const { CRASHED_QUIT_URL, CRASHED_RELOAD_URL, CRASHED_URL, reloadAfterCrash } =
  await import('../../../src/main/crash-recovery')

/** A window whose page crashes when a test says so. */
function crashingWindow() {
  const contents = new EventEmitter()
  const loaded: string[] = []
  const win = {
    isDestroyed: () => false,
    webContents: {
      on: (e: string, l: (...a: unknown[]) => void) => contents.on(e, l),
      loadURL: vi.fn((url: string) => {
        loaded.push(url)
        return Promise.resolve()
      }),
    },
  }
  const crash = (reason = 'crashed') => contents.emit('render-process-gone', {}, { reason })
  const click = (url: string) => contents.emit('will-navigate', { preventDefault() {} }, url)
  return { win, loaded, crash, click }
}

describe('a page that crashes', () => {
  it('is loaded again at once, three times a minute, then a plain page offers Reload and Quit', () => {
    let now = 0
    const quit = vi.fn()
    const w = crashingWindow()
    reloadAfterCrash(w.win as never, {
      page: 'app://runstrong/index.html',
      quit,
      now: () => now,
      log: () => undefined,
    })
    w.crash('crashed')
    w.crash('oom')
    now += 10_000
    w.crash('killed')
    expect(w.loaded).toEqual(Array(3).fill('app://runstrong/index.html'))
    w.crash('crashed')
    expect(w.loaded.at(-1)).toBe(CRASHED_URL)
    // Reload on that page starts afresh; Quit quits.
    w.click(CRASHED_RELOAD_URL)
    expect(w.loaded.at(-1)).toBe('app://runstrong/index.html')
    w.crash()
    expect(w.loaded.at(-1)).toBe('app://runstrong/index.html')
    w.click(CRASHED_QUIT_URL)
    expect(quit).toHaveBeenCalledOnce()
  })

  it('is reloaded again once the minute has passed, and not at all after a clean exit', () => {
    let now = 0
    const w = crashingWindow()
    reloadAfterCrash(w.win as never, {
      page: 'p',
      quit: () => undefined,
      now: () => now,
      log: () => undefined,
    })
    for (let i = 0; i < 3; i += 1) w.crash()
    now += 60_000
    w.crash()
    expect(w.loaded).toEqual(['p', 'p', 'p', 'p'])
    w.crash('clean-exit')
    expect(w.loaded).toHaveLength(4)
  })
})
