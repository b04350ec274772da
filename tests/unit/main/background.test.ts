import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS, type Settings } from '@shared/data/settings'
import { setupBackground, type BackgroundDeps } from '../../../src/main/background'
import { HIDDEN_ARG, setStartAtLogin, startedAtLogin } from '../../../src/main/login-item'
import { trayMenu } from '../../../src/main/tray'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'runstrong-background-'))
  dirs.push(d)
  return d
}

const REMINDING: Settings = {
  ...DEFAULT_SETTINGS,
  reminders: { on: true, time: '18:00', days: [1, 3] },
}

/** The background part over a settings store in memory, a fake tray and a fake window. */
function background(settings: Settings, platform: NodeJS.Platform = 'linux') {
  let saved = settings
  const trays: { menu: unknown; destroyed: boolean; clicks: (() => void)[] }[] = []
  const sent: [string, unknown][] = []
  const loads: (() => void)[] = []
  let window: { loading: boolean } | null = null
  const opened: (string | undefined)[] = []
  const notes: string[] = []
  const quit = vi.fn()
  const remindersChanged = vi.fn()
  const deps: BackgroundDeps = {
    stores: {
      settings: { current: () => saved, save: (s: Settings) => void (saved = s) },
    } as unknown as BackgroundDeps['stores'],
    remindersChanged,
    notify: (title, body) => void notes.push(`${title}: ${body}`),
    dataDir: tempDir(),
    platform,
    tray: {
      create: () => {
        const t = { menu: null as unknown, destroyed: false, clicks: [] as (() => void)[] }
        trays.push(t)
        return {
          setToolTip: () => undefined,
          setContextMenu: (m: never) => void (t.menu = m),
          on: (_: 'click', l: () => void) => t.clicks.push(l),
          destroy: () => void (t.destroyed = true),
        }
      },
      menu: (template) => template,
    },
    showMain: (hash) => {
      if (!window) {
        window = { loading: true }
        opened.push(hash)
      }
      const w = window
      return {
        webContents: {
          isLoading: () => w.loading,
          once: (_: 'did-finish-load', l: () => void) => void loads.push(l),
        },
      }
    },
    hasWindow: () => window !== null,
    toMain: (channel, payload) => void sent.push([channel, payload]),
    quit,
  }
  const b = setupBackground(deps)
  return {
    b,
    deps,
    trays,
    sent,
    loads,
    opened,
    notes,
    quit,
    remindersChanged,
    saved: () => saved,
    closeWindow: () => (window = null),
    loaded: () => {
      if (window) window.loading = false
      loads.splice(0).forEach((l) => l())
    },
  }
}

type Item = { label?: string; click?: (item: { checked: boolean }) => void; checked?: boolean }
const item = (menu: unknown, label: RegExp) =>
  (menu as Item[]).find((i) => label.test(i.label ?? ''))!

describe('Runstrong in the tray', () => {
  it('stays in the tray when its window closes while reminders are on, and says so once', () => {
    const t = background(REMINDING)
    expect(t.trays).toHaveLength(1)
    expect(t.b.keepWhenClosed()).toBe(true)
    expect(t.notes).toEqual([expect.stringMatching(/stays in the tray to remind you/)])
    expect(t.b.keepWhenClosed()).toBe(true)
    expect(t.notes).toHaveLength(1)
    expect(existsSync(join(t.deps.dataDir, 'tray-notice-shown'))).toBe(true)
  })

  it('is not in the tray, and closing quits as before, with reminders off', () => {
    const t = background(DEFAULT_SETTINGS)
    expect(t.trays).toHaveLength(0)
    expect(t.b.keepWhenClosed()).toBe(false)
    t.b.tray.follow(REMINDING.reminders)
    expect(t.trays).toHaveLength(1)
    t.b.tray.follow({ ...REMINDING.reminders, on: false })
    expect(t.trays[0]!.destroyed).toBe(true)
  })

  it('says it stays in the menu bar on a Mac', () => {
    const t = background(REMINDING, 'darwin')
    t.b.keepWhenClosed()
    expect(t.notes[0]).toMatch(/menu bar/)
  })

  it('offers Open, today’s session, Reminders and Quit, and each does what it says', () => {
    const t = background(REMINDING)
    const menu = t.trays[0]!.menu
    expect((menu as Item[]).filter((i) => i.label).map((i) => i.label)).toEqual([
      'Open Runstrong',
      'Start today’s session…',
      'Reminders on strength days',
      'Quit Runstrong',
    ])
    // Today's session, with no window open: a window opens at that route itself.
    item(menu, /today/).click!({ checked: false })
    expect(t.opened).toEqual(['#/today'])
    expect(t.sent).toEqual([])
    item(menu, /Quit/).click!({ checked: false })
    expect(t.quit).toHaveBeenCalledOnce()
  })

  it('saves the Reminders switch as Settings would, tells the page, and quits with no window', () => {
    const t = background(REMINDING)
    item(t.trays[0]!.menu, /Reminders/).click!({ checked: false })
    expect(t.saved().reminders.on).toBe(false)
    expect(t.remindersChanged).toHaveBeenCalledWith(t.saved().reminders)
    expect(t.sent).toEqual([['settings:changed', t.saved()]])
    expect(t.trays[0]!.destroyed).toBe(true)
    // No window and no tray: nothing keeps Runstrong.
    expect(t.quit).toHaveBeenCalledOnce()
  })

  it('sends a navigation to an open window only once its page has loaded', () => {
    const t = background(REMINDING)
    t.deps.showMain() // a window, still loading
    t.b.navigate('circuits')
    expect(t.sent).toEqual([])
    t.loaded()
    expect(t.sent).toEqual([['app:navigate', 'circuits']])
    t.b.navigate('today')
    expect(t.sent.at(-1)).toEqual(['app:navigate', 'today'])
  })
})

describe('starting at login', () => {
  it('on Linux, writes an autostart entry that starts hidden, and removes it', () => {
    const dir = join(tempDir(), 'autostart')
    const host = {
      platform: 'linux' as const,
      setLoginItemSettings: vi.fn(),
      execPath: '/opt/Runstrong/run "strong"',
      autostartDir: dir,
    }
    setStartAtLogin(true, host)
    const entry = readFileSync(join(dir, 'app.runstrong.Runstrong.desktop'), 'utf8')
    expect(entry).toContain('[Desktop Entry]')
    expect(entry).toContain(`Exec="/opt/Runstrong/run \\"strong\\"" ${HIDDEN_ARG}`)
    setStartAtLogin(false, host)
    expect(existsSync(join(dir, 'app.runstrong.Runstrong.desktop'))).toBe(false)
    expect(host.setLoginItemSettings).not.toHaveBeenCalled()
  })

  it.each(['win32', 'darwin'] as const)('on %s, uses the system’s login items', (platform) => {
    const host = { platform, setLoginItemSettings: vi.fn(), execPath: 'x', autostartDir: 'y' }
    setStartAtLogin(true, host)
    setStartAtLogin(false, host)
    expect(host.setLoginItemSettings.mock.calls).toEqual([
      [{ openAtLogin: true, args: [HIDDEN_ARG] }],
      [{ openAtLogin: false, args: [HIDDEN_ARG] }],
    ])
  })

  it('knows a start at login by its argument or by macOS saying so', () => {
    expect(startedAtLogin(['runstrong', HIDDEN_ARG], false)).toBe(true)
    expect(startedAtLogin(['runstrong'], true)).toBe(true)
    expect(startedAtLogin(['runstrong'], false)).toBe(false)
  })
})

describe('the tray menu', () => {
  it('shows the Reminders switch as it stands', () => {
    const a = { open: vi.fn(), startToday: vi.fn(), setReminders: vi.fn(), quit: vi.fn() }
    expect(item(trayMenu(true, a), /Reminders/).checked).toBe(true)
    expect(item(trayMenu(false, a), /Reminders/).checked).toBe(false)
  })
})
