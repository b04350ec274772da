import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { EventPayloads } from '@shared/ipc-contract'
import type { Settings } from '@shared/data/settings'
import type { Stores } from './data'
import { AppTray, type TrayKit } from './tray'

/** A laptop window as the background part needs it. */
export interface MainWindowLike {
  webContents: {
    isLoading: () => boolean
    once: (event: 'did-finish-load', listener: () => void) => unknown
  }
}

export interface BackgroundDeps {
  stores: Pick<Stores, 'settings'>
  /** The reminder schedule follows the settings. */
  remindersChanged: (r: Settings['reminders']) => void
  notify: (title: string, body: string) => void
  dataDir: string
  platform: NodeJS.Platform
  tray: TrayKit
  /** The laptop window, made or brought forward; `hash` is the route a new one opens at. */
  showMain: (hash?: string) => MainWindowLike
  hasWindow: () => boolean
  toMain: <E extends 'app:navigate' | 'settings:changed'>(channel: E, p: EventPayloads[E]) => void
  quit: () => void
}

/** Marks that the tray's first notice was shown, beside the stores. */
const TRAY_NOTICE_FILE = 'tray-notice-shown'

/**
 * Runstrong in the background: in the tray (menu bar on macOS) while reminders are on, so
 * closing its window keeps it for them, said once with a notification; navigation from a
 * reminder or the tray, sent once the page has loaded (a window made for it opens at the
 * route itself); the tray's Reminders switch saved as Settings would save it.
 */
export function setupBackground(d: BackgroundDeps) {
  const navigate = (screen: EventPayloads['app:navigate']) => {
    if (!d.hasWindow()) {
      d.showMain(`#/${screen}`)
      return
    }
    const win = d.showMain()
    const send = () => d.toMain('app:navigate', screen)
    if (win.webContents.isLoading()) win.webContents.once('did-finish-load', send)
    else send()
  }

  const setReminders = (on: boolean) => {
    const current = d.stores.settings.current()
    const next: Settings = { ...current, reminders: { ...current.reminders, on } }
    try {
      d.stores.settings.save(next)
    } catch (err) {
      d.notify('Runstrong could not save', `Reminders stay as they were: ${String(err)}`)
      return
    }
    d.remindersChanged(next.reminders)
    tray.follow(next.reminders)
    d.toMain('settings:changed', next)
    // Off with no window open: nothing keeps Runstrong, so it goes as a closed window would.
    if (!tray.shown && !d.hasWindow() && d.platform !== 'darwin') d.quit()
  }

  const tray = new AppTray(d.tray, {
    open: () => void d.showMain(),
    startToday: () => navigate('today'),
    setReminders,
    quit: d.quit,
  })
  tray.follow(d.stores.settings.current().reminders)

  return {
    tray,
    navigate,
    /**
     * The last window closed: true when Runstrong stays (in the tray for reminders), said
     * once; false when it should quit (Windows and Linux) as before.
     */
    keepWhenClosed(): boolean {
      if (!tray.shown) return false
      const marker = join(d.dataDir, TRAY_NOTICE_FILE)
      if (!existsSync(marker)) {
        const where = d.platform === 'darwin' ? 'menu bar' : 'tray'
        d.notify(
          'Runstrong is still here',
          `It stays in the ${where} to remind you on strength days. Quit it from its menu there.`,
        )
        try {
          writeFileSync(marker, '')
        } catch {
          // Unsaved (a read-only folder): the notice shows again next time, no harm.
        }
      }
      return true
    },
  }
}
