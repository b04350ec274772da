import type { PhoneCommand } from '@shared/engine/phone-commands'
import type { KeysStatus } from '@shared/ipc-contract'
import type { Settings } from '@shared/data/settings'
import { backupFileName, backupText, countData, readBackup } from '@shared/data/backup'
import { replaceFile } from './atomic-file'
import { currentContents, restoreStores } from './backup'
import type { Stores } from './data'
import type { DisplayWindowManager } from './displays'
import type { RemoteHub } from './remote/hub'
import type { Handlers } from './ipc'
import type { SessionHold } from './session-hold'
import { SaveError } from './store'

/** What the handlers reach: the stores and the OS services, passed in so tests can fake them. */
export interface Services {
  stores: Stores
  notify: (title: string, body: string) => void
  /** What a running session holds: the display awake, the global keys. */
  hold: Pick<SessionHold, 'status' | 'allowKeys'>
  /** Which global keys work here, and why not where they do not. */
  keysStatus: () => KeysStatus
  displayWindow: Pick<DisplayWindowManager, 'list' | 'open' | 'close' | 'forward'>
  /** A key pressed in the display window: the runner acts on it as on a phone's press. */
  displayCommand: (command: PhoneCommand) => void
  /** Whether the laptop window is hidden or minimised. */
  windowHidden: () => boolean
  toggleFullscreen: () => boolean
  /** Asks where to save; null when cancelled. */
  chooseSavePath: (name: string) => Promise<string | null>
  /** Why nothing can be saved in the data folder, once; undefined when all is well. */
  dataFolderNotice?: () => string | undefined
  /** The reminder settings changed: the schedule and the tray follow them. */
  remindersChanged: (reminders: Settings['reminders']) => void
  /** Start at login was switched. */
  startAtLoginChanged: (on: boolean) => void
  /** The theme was chosen: the windows and the OS's parts of them follow it. */
  themeChanged: (theme: Settings['theme']) => void
  /** The phone remote and TV display's server. */
  hub: Pick<RemoteHub, 'status' | 'switch' | 'forget' | 'publish'>
}

/** The main process's side of every channel in the contract. */
export function createHandlers(s: Services): Handlers {
  const { stores } = s
  let settings = stores.settings.current()
  s.hold.allowKeys(settings.globalKeys)
  /** Settings now saved (by the page, or by a restore): the services follow them. */
  const settingsSaved = (next: Settings) => {
    const before = settings
    settings = next
    s.hold.allowKeys(next.globalKeys)
    if (JSON.stringify(next.reminders) !== JSON.stringify(before.reminders))
      s.remindersChanged(next.reminders)
    if (next.startAtLogin !== before.startAtLogin) s.startAtLoginChanged(next.startAtLogin)
    if (next.theme !== before.theme) s.themeChanged(next.theme)
  }
  const devices = async () => (await s.hub.status()).devices
  return {
    'circuits:load': () => stores.circuits.load(),
    'circuits:save': ([list]) => (stores.circuits.save(list), null),
    'settings:load': () => {
      const loaded = stores.settings.load()
      settings = loaded.value
      // Said once, with the first screen's settings: whether anything can be saved at all.
      const folder = s.dataFolderNotice?.()
      const notice = [loaded.notice, folder].filter(Boolean).join(' ')
      return notice ? { value: loaded.value, notice } : { value: loaded.value }
    },
    'settings:save': ([next]) => {
      stores.settings.save(next)
      settingsSaved(next)
      return null
    },
    'history:load': () => stores.history.load(),
    // One line appended to the history's journal, off the main thread's way.
    'history:add': async ([entry]) => (await stores.history.add(entry), null),
    'plan:load': () => stores.plan.load(),
    'plan:save': ([plan]) => (stores.plan.save(plan), null),
    'session:load': () => stores.session.load(),
    'session:save': ([saved]) => (stores.session.save(saved), null),
    'session:status': ([status]) => {
      s.hold.status(status.state)
      if (status.change && settings.notifyWhenHidden && s.windowHidden())
        s.notify(status.change.title, status.change.body)
      return null
    },
    'notify:show': ([note]) => (s.notify(note.title, note.body), null),
    'file:save': async ([file]) => {
      const path = await s.chooseSavePath(file.name)
      if (path) await replaceFile(path, file.bytes ?? file.text ?? '')
      return { path }
    },
    'displays:list': () => s.displayWindow.list(),
    'display:open': ([choice]) => s.displayWindow.open(choice.displayId),
    'display:close': () => (s.displayWindow.close(), null),
    'display:state': ([state]) => (s.displayWindow.forward(state), null),
    'display:command': ([command]) => (s.displayCommand(command), null),
    'window:fullscreen': () => s.toggleFullscreen(),
    'keys:status': () => s.keysStatus(),
    'hub:status': () => s.hub.status(),
    'hub:switch': ([{ on }]) => s.hub.switch(on),
    'hub:forget': ([{ id }]) => s.hub.forget(id),
    'hub:state': ([state]) => (s.hub.publish(state), null),
    'backup:save': async () => {
      const nowMs = Date.now()
      const text = backupText(await currentContents(stores, await devices()), nowMs)
      const path = await s.chooseSavePath(backupFileName(nowMs))
      if (path) await replaceFile(path, text)
      return { path }
    },
    'backup:counts': async () => countData(await currentContents(stores, await devices())),
    'backup:restore': async ([{ text }]) => {
      // The page checked it too; main trusts no page, so every store's reader runs again.
      const read = readBackup(text)
      if (!read.ok)
        throw new SaveError(`This file was not restored: ${read.reason}. Nothing was changed.`)
      const done = await restoreStores(stores, read.backup, await devices())
      settingsSaved(read.backup.settings)
      return done
    },
  }
}
