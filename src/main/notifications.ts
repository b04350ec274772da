import { app, Notification } from 'electron'

/** Windows shows notifications only for an app with this id (it matches the installer's). */
export const APP_USER_MODEL_ID = 'app.runstrong.desktop'

interface NotificationLike {
  on: (event: 'click', listener: () => void) => unknown
  show: () => void
}

export interface NotificationKit {
  isSupported: () => boolean
  create: (options: { title: string; body: string; silent: boolean }) => NotificationLike
}

const electronKit: NotificationKit = {
  isSupported: () => Notification.isSupported(),
  create: (options) => new Notification(options),
}

/** Shows OS notifications; a click runs `onClick` when given. */
export class Notifier {
  // Held until clicked or replaced, or the OS may drop the click handler with the object.
  private readonly live = new Set<NotificationLike>()

  constructor(private readonly kit: NotificationKit = electronKit) {}

  show(title: string, body: string, onClick?: () => void): boolean {
    if (!this.kit.isSupported()) return false
    const n = this.kit.create({ title, body, silent: true })
    this.live.add(n)
    if (this.live.size > 10) this.live.delete(this.live.values().next().value as NotificationLike)
    n.on('click', () => {
      this.live.delete(n)
      onClick?.()
    })
    n.show()
    return true
  }
}

/**
 * The id Windows knows the app by: the installer's in a packaged build; unpackaged (`npm
 * start`), Windows shows toasts only for an id that names the running executable, as
 * Electron's own binary is not installed under ours.
 */
export function appUserModelId(packaged: boolean, execPath: string): string {
  return packaged ? APP_USER_MODEL_ID : execPath
}

/** Names the app to the OS's notification centre (Windows needs this). */
export function setupNotifications(platform: NodeJS.Platform = process.platform): void {
  if (platform === 'win32') app.setAppUserModelId(appUserModelId(app.isPackaged, process.execPath))
}
