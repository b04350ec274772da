import type { MenuItemConstructorOptions } from 'electron'
import type { Reminders } from '@shared/data/settings'

/** What the tray's menu does. */
export interface TrayActions {
  open: () => void
  startToday: () => void
  setReminders: (on: boolean) => void
  quit: () => void
}

/** The tray's menu: open, today's session, reminders on or off, quit. */
export function trayMenu(remindersOn: boolean, a: TrayActions): MenuItemConstructorOptions[] {
  return [
    { label: 'Open Runstrong', click: a.open },
    { label: 'Start today’s session…', click: a.startToday },
    { type: 'separator' },
    {
      label: 'Reminders on strength days',
      type: 'checkbox',
      checked: remindersOn,
      click: (item) => a.setReminders(item.checked),
    },
    { type: 'separator' },
    { label: 'Quit Runstrong', click: a.quit },
  ]
}

/** Whether reminders are set to fire: then Runstrong stays when its window closes. */
export function remindersWanted(r: Reminders): boolean {
  return r.on && r.days.length > 0
}

interface TrayLike {
  setToolTip: (text: string) => void
  setContextMenu: (menu: never) => void
  on: (event: 'click', listener: () => void) => unknown
  destroy: () => void
}

export interface TrayKit {
  create: () => TrayLike
  menu: (template: MenuItemConstructorOptions[]) => unknown
}

/**
 * Runstrong in the tray (Windows, Linux) or the menu bar (macOS) while reminders are on, so
 * they fire with the window closed; gone when they are off, when closing the window quits
 * as before. A click on the icon opens the window (Windows; Linux and macOS show the menu).
 */
export class AppTray {
  private tray: TrayLike | null = null

  constructor(
    private readonly kit: TrayKit,
    private readonly actions: TrayActions,
  ) {}

  /** Whether Runstrong is in the tray now. */
  get shown(): boolean {
    return this.tray !== null
  }

  /** Follows the reminder settings: in the tray while they are wanted, else not. */
  follow(r: Reminders): void {
    if (!remindersWanted(r)) {
      this.tray?.destroy()
      this.tray = null
      return
    }
    if (!this.tray) {
      this.tray = this.kit.create()
      this.tray.setToolTip('Runstrong: reminders on strength days')
      this.tray.on('click', this.actions.open)
    }
    this.tray.setContextMenu(this.kit.menu(trayMenu(r.on, this.actions)) as never)
  }

  destroy(): void {
    this.tray?.destroy()
    this.tray = null
  }
}
