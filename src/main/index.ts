import { join } from 'node:path'
import { app, BrowserWindow, dialog, screen } from 'electron'
import { openStores } from './data'
import { Stage } from './displays'
import { createHandlers } from './handlers'
import { sendEvent, setupIpc } from './ipc'
import { moveEarlierPageData } from './legacy'
import { Notifier, setupNotifications } from './notifications'
import { KeepAwake } from './power'
import { registerAppScheme, setupProtocol } from './protocol'
import { ReminderState } from './reminder-state'
import { createReminders } from './reminders'
import { isTrustedSender, setupSecurity } from './security'
import { RemoteKeys } from './shortcuts'
import {
  createMainWindow,
  createStageWindow,
  EARLIER_PAGE_URL,
  isOwnContents,
  openMoveDataWindow,
  RENDERER_ROOT,
  setupPreload,
  trustedOrigins,
} from './window'

registerAppScheme()

// A separate data folder on request: for tests, and for a copy run from a USB stick.
const dataDirOverride = process.env['RUNSTRONG_USER_DATA']
if (dataDirOverride) app.setPath('userData', dataDirOverride)

let mainWindow: BrowserWindow | null = null

function showMain(): BrowserWindow {
  if (!mainWindow || mainWindow.isDestroyed()) mainWindow = createMainWindow()
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
  return mainWindow
}

// The composition root: the whole main process in a few lines.
async function onReady(): Promise<void> {
  const origins = trustedOrigins()
  const dataDir = app.getPath('userData')
  const stores = openStores(dataDir)
  const notifier = new Notifier()
  const keepAwake = new KeepAwake()
  const toMain = <
    E extends 'displays:changed' | 'stage:closed' | 'remote:command' | 'app:navigate',
  >(
    channel: E,
    payload: Parameters<typeof sendEvent<E>>[2],
  ) => {
    if (mainWindow && !mainWindow.isDestroyed()) sendEvent(mainWindow.webContents, channel, payload)
  }
  const stage = new Stage({ screen, createWindow: createStageWindow, toMain })
  const remoteKeys = new RemoteKeys((command) => toMain('remote:command', command))
  const reminders = createReminders({
    stores,
    notifier,
    state: new ReminderState(dataDir),
    openCircuits: () => {
      showMain()
      toMain('app:navigate', 'circuits')
    },
  })

  setupNotifications()
  setupProtocol(RENDERER_ROOT)
  setupSecurity(origins)
  setupPreload()
  setupIpc(
    createHandlers({
      stores,
      notify: (title, body) => notifier.show(title, body, showMain),
      keepAwake,
      remoteKeys,
      stage,
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
      remindersChanged: (r) => reminders.update(r),
    }),
    (event, channel) =>
      isOwnContents(event.sender.id) &&
      isTrustedSender(event.senderFrame?.url ?? '', channel, origins, EARLIER_PAGE_URL),
  )
  // First start: take over what an earlier version kept in page storage, then show the app.
  await moveEarlierPageData({
    storesEmpty: () => Object.values(stores).every((s) => !s.exists()),
    open: openMoveDataWindow,
  })
  mainWindow = createMainWindow()
  mainWindow.on('closed', () => stage.close())
  // After the window exists: a reminder missed earlier today may show (and be clicked) now.
  reminders.start(stores.settings.current().reminders)
  app.on('will-quit', () => {
    keepAwake.release()
    remoteKeys.set(false)
    reminders.stop()
  })
}

// One Runstrong at a time: a second start brings the first one forward.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => showMain())

  app.on('window-all-closed', () => {
    // The hidden hand-over page may close before the app window exists: not a reason to quit.
    if (mainWindow === null) return
    if (process.platform !== 'darwin') app.quit()
  })

  app.on('activate', () => {
    if (mainWindow !== null && BrowserWindow.getAllWindows().length === 0)
      mainWindow = createMainWindow()
  })

  void app.whenReady().then(onReady)
}
