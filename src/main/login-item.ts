import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** The argument a start at login passes: Runstrong starts in the tray, without a window. */
export const HIDDEN_ARG = '--hidden'

/** The desktop entry's name, matching the .deb's (package.json's desktopName). */
const DESKTOP_ENTRY = 'app.runstrong.Runstrong.desktop'

export interface LoginHost {
  platform: NodeJS.Platform
  /** Electron's `app.setLoginItemSettings` (Windows and macOS). */
  setLoginItemSettings: (settings: { openAtLogin: boolean; args?: string[] }) => void
  /** The program to start: the AppImage's own path where it runs from one, else Electron's. */
  execPath: string
  /** Linux: where the user's autostart entries live (`~/.config/autostart`). */
  autostartDir: string
}

/**
 * Starts Runstrong when the user logs in, or stops doing so. Windows and macOS keep this in
 * their own login items (`app.setLoginItemSettings`); Linux desktops read an autostart
 * desktop entry (the XDG autostart spec), which is written or removed here. A start at
 * login passes `--hidden`, so with reminders on Runstrong waits in the tray.
 */
export function setStartAtLogin(on: boolean, host: LoginHost): void {
  if (host.platform !== 'linux') {
    host.setLoginItemSettings({ openAtLogin: on, args: [HIDDEN_ARG] })
    return
  }
  const file = join(host.autostartDir, DESKTOP_ENTRY)
  if (!on) {
    rmSync(file, { force: true })
    return
  }
  mkdirSync(host.autostartDir, { recursive: true })
  const quoted = `"${host.execPath.replace(/(["`$\\])/g, '\\$1')}"`
  writeFileSync(
    file,
    [
      '[Desktop Entry]',
      'Type=Application',
      'Name=Runstrong',
      'Comment=Hands-free strength sessions for runners',
      `Exec=${quoted} ${HIDDEN_ARG}`,
      'Icon=runstrong',
      'Terminal=false',
      'X-GNOME-Autostart-enabled=true',
      '',
    ].join('\n'),
  )
}

/** Whether this start was one at login (a window is then opened only when needed). */
export function startedAtLogin(argv: readonly string[], openedAtLogin: boolean): boolean {
  return openedAtLogin || argv.includes(HIDDEN_ARG)
}
