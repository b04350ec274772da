import { join } from 'node:path'
import { app, BrowserWindow, dialog, Menu, screen, Tray } from 'electron'
import trayIcon from '../../resources/icons/32x32.png?asset'
import { setupBackground } from './background'
import { reloadAfterCrash } from './crash-recovery'
import { dataFolderNotice, openStores } from './data'
import { DisplayWindowManager } from './displays'
import { createHandlers } from './handlers'
import { sendEvent, setupIpc } from './ipc'
import { setupMenu } from './menu'
import { Notifier, setupNotifications } from './notifications'
import { KeepAwake } from './power'
import { registerAppScheme, setupProtocol } from './protocol'
import { ReminderState } from './reminder-state'
import { keepRunning } from './remote/keep-running'
import { RemoteHub } from './remote/hub'
import { createReminders } from './reminders'
import { isTrustedSender, setupSecurity } from './security'
import { SessionHold } from './session-hold'
import { keysStatus, MediaKeys } from './shortcuts'
import { setStartAtLogin, startedAtLogin } from './login-item'
import {
  createMainWindow,
  createDisplayWindow,
  isOwnContents,
  pageUrl,
  RENDERER_ROOT,
  setupPreload,
  trustedOrigins,
} from './window'
import { applyTheme } from './theme'
import { WindowMemory } from './window-state'

registerAppScheme()

// Chromium speaks through speech-dispatcher on Linux only when asked to, before ready.
if (process.platform === 'linux') app.commandLine.appendSwitch('enable-speech-dispatcher')

// A separate data folder on request: for tests, and for a copy run from a USB stick.
const dataDirOverride = process.env['RUNSTRONG_USER_DATA']
if (dataDirOverride) app.setPath('userData', dataDirOverride)

/** The phone remote's port (a phone keeps its pairing per address); another if it is taken. */
const REMOTE_PORT = 47474

let mainWindow: BrowserWindow | null = null
/** Opens the laptop window (at a route, by its hash); set once the app is ready. */
let openMain: (hash?: string) => BrowserWindow = () => {
  throw new Error('The app is not ready yet')
}
/** Whether the app stays when its last window closes (in the tray for reminders). */
let keepWhenClosed = () => false

/** `fn`'s answer the first time; undefined after. */
function once<T>(fn: () => T): () => T | undefined {
  let done = false
  return () => {
    if (done) return undefined
    done = true
    return fn()
  }
}

function showMain(hash?: string): BrowserWindow {
  if (!mainWindow || mainWindow.isDestroyed()) mainWindow = openMain(hash)
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
  return mainWindow
}

// The composition root: the whole main process in a few lines.
function onReady(): void {
  const origins = trustedOrigins()
  const dataDir = app.getPath('userData')
  const stores = openStores(dataDir)
  // Before any window: its frame, its first colour and its pages take the chosen theme.
  applyTheme(stores.settings.current().theme)
  const notifier = new Notifier()
  const keepAwake = new KeepAwake()
  const windowMemory = new WindowMemory(dataDir)
  const toMain = <
    E extends
      | 'displays:changed'
      | 'display:closed'
      | 'media-keys:command'
      | 'app:navigate'
      | 'hub:command'
      | 'hub:changed'
      | 'settings:changed',
  >(
    channel: E,
    payload: Parameters<typeof sendEvent<E>>[2],
  ) => {
    if (mainWindow && !mainWindow.isDestroyed()) sendEvent(mainWindow.webContents, channel, payload)
  }
  const displayWindow = new DisplayWindowManager({
    screen,
    createWindow: (bounds) => {
      const win = createDisplayWindow(bounds)
      reloadAfterCrash(win, { page: pageUrl('#/display'), quit: () => win.close() })
      return win
    },
    toMain,
  })
  const mediaKeys = new MediaKeys((command) => toMain('media-keys:command', command))
  const hub = new RemoteHub({
    root: RENDERER_ROOT,
    file: join(dataDir, 'remote.json'),
    port: REMOTE_PORT,
    onCommand: (command) => toMain('hub:command', command),
    onChange: (status) => toMain('hub:changed', status),
  })
  // Nothing the network sends may stop the app: an error nobody caught is logged, and the
  // remote starts again from nothing (the switch stays as it was).
  keepRunning(hub)
  const hold = new SessionHold(keepAwake, mediaKeys, stores.settings.current().globalKeys)
  const reminders = createReminders({
    stores,
    notifier,
    state: new ReminderState(dataDir),
    openCircuits: () => background.navigate('circuits'),
  })
  const background = setupBackground({
    stores,
    remindersChanged: (r) => reminders.update(r),
    notify: (title, body) => notifier.show(title, body, showMain),
    dataDir,
    platform: process.platform,
    tray: {
      create: () => new Tray(trayIcon),
      menu: (template) => Menu.buildFromTemplate(template),
    },
    showMain,
    hasWindow: () => mainWindow !== null && !mainWindow.isDestroyed(),
    toMain,
    quit: () => app.quit(),
  })
  keepWhenClosed = () => background.keepWhenClosed()
  const loginHost = {
    platform: process.platform,
    setLoginItemSettings: (s: { openAtLogin: boolean; args?: string[] }) =>
      app.setLoginItemSettings(s),
    execPath: process.env['APPIMAGE'] ?? process.execPath,
    autostartDir: join(app.getPath('appData'), 'autostart'),
  }
  // Every laptop window, the first or one made again (macOS `activate`), is wired alike.
  openMain = (hash) => {
    const place = windowMemory.place(
      screen.getAllDisplays().map((d) => d.workArea),
      screen.getPrimaryDisplay().workArea,
    )
    const win = createMainWindow(place, hash)
    reloadAfterCrash(win, { page: pageUrl(), quit: () => app.quit() })
    windowMemory.track(win)
    hold.watch(win)
    win.on('closed', () => displayWindow.close())
    return win
  }

  setupMenu()
  setupNotifications()
  setupProtocol(RENDERER_ROOT)
  setupSecurity(origins)
  setupPreload()
  setupIpc(
    createHandlers({
      stores,
      notify: (title, body) => notifier.show(title, body, showMain),
      hold,
      keysStatus: () =>
        keysStatus(
          {
            platform: process.platform,
            sessionType: process.env['XDG_SESSION_TYPE'],
          },
          hold.refusedKeys(),
        ),
      displayWindow,
      displayCommand: (command) => toMain('hub:command', command),
      windowHidden: () => !mainWindow || !mainWindow.isVisible() || mainWindow.isMinimized(),
      toggleFullscreen: () => {
        const win = showMain()
        win.setFullScreen(!win.isFullScreen())
        return win.isFullScreen()
      },
      chooseSavePath: async (name) => {
        const r = await dialog.showSaveDialog(showMain(), {
          defaultPath: join(app.getPath('documents'), name),
        })
        return r.canceled || !r.filePath ? null : r.filePath
      },
      remindersChanged: (r) => {
        reminders.update(r)
        background.tray.follow(r)
      },
      startAtLoginChanged: (on) => setStartAtLogin(on, loginHost),
      themeChanged: applyTheme,
      dataFolderNotice: once(() => dataFolderNotice(dataDir)),
      hub,
    }),
    (event) =>
      isOwnContents(event.sender.id) && isTrustedSender(event.senderFrame?.url ?? '', origins),
  )
  // Started at login with reminders on: Runstrong waits in the tray, with no window.
  const atLogin = startedAtLogin(
    process.argv,
    process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin,
  )
  if (!(atLogin && background.tray.shown)) mainWindow = openMain()
  // After the window exists: a reminder missed earlier today may show (and be clicked) now.
  reminders.start(stores.settings.current().reminders)
  // The phone remote serves again only where its switch was left on.
  if (hub.wantsOn) void hub.start()
  // A session recorded just before quitting is on disk before the app goes: the quit
  // waits once for the history's last append (a disk that hangs holds it 3 s at most).
  let historyWritten = false
  app.on('before-quit', (event) => {
    if (historyWritten) return
    event.preventDefault()
    const atMost = new Promise<void>((resolve) => setTimeout(resolve, 3000).unref())
    void Promise.race([stores.history.flush(), atMost]).finally(() => {
      historyWritten = true
      app.quit()
    })
  })
  app.on('will-quit', () => {
    background.tray.destroy()
    hold.drop()
    reminders.stop()
    void hub.stop()
  })
}

// One Runstrong at a time: a second start brings the first one forward.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => showMain())

  app.on('window-all-closed', () => {
    if (!keepWhenClosed() && process.platform !== 'darwin') app.quit()
  })

  // macOS: a click on the Dock icon with no window open opens one.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) showMain()
  })

  void app.whenReady().then(onReady)
}
