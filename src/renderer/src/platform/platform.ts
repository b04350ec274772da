import type { HistoryEntry } from '@shared/training/history'
import type {
  DisplayInfo,
  EventChannel,
  EventPayloads,
  HubStatus,
  InvokeChannel,
  InvokeInput,
  InvokeResults,
  KeysStatus,
  LoadedValue,
  SessionStatus,
} from '@shared/ipc-contract'
import type { EventMethod, InvokeMethod } from '@shared/ipc-channels'
import type { LiveState, DisplayWindowState } from '@shared/engine/display-window-state'
import type { WeekPlan } from '@shared/training/planner'
import type { SavedCircuit } from '@shared/data/saved-circuits'
import type { Settings } from '@shared/data/settings'
import type { SavedSession } from '@shared/data/store-files'
import type { PhoneCommand } from '@shared/engine/phone-commands'

/** A value read from storage, and a message for the user when something could not be read. */
export type Loaded<T> = LoadedValue<T>

/** Stops listening. */
export type Unsubscribe = () => void

/** A store that another window of the app saved, as it is stored now. */
export type StoredChange =
  | { store: 'circuits'; value: SavedCircuit[] }
  | { store: 'history'; value: HistoryEntry[] }
  | { store: 'plan'; value: WeekPlan }

/**
 * What each channel of the contract's table (`shared/ipc-channels.ts`) gives the platform
 * by default, under its method's name: the channel's input, its result unwrapped (a refusal
 * rejects); for an event, a listener and the unsubscribe. The Electron platform builds
 * these from the preload's methods; the browser edition implements each.
 */
export type ChannelMethods = {
  [C in InvokeChannel as InvokeMethod<C>]: (...args: InvokeInput<C>) => Promise<InvokeResults[C]>
} & {
  [E in EventChannel as EventMethod<E>]: (
    listener: (payload: EventPayloads[E]) => void,
  ) => Unsubscribe
}

/**
 * Everything the renderer asks of its host: persistence, notifications, the screen.
 * The browser platform implements it with web APIs; the Electron platform with the main
 * process, through the IPC contract. Each channel of the contract is a method (a channel
 * added there is a method here at once, and a type error until both platforms have it);
 * `WordedMethods` words most of them the renderer's way, and adds the host's own.
 */
export type Platform = WordedMethods & Omit<ChannelMethods, keyof WordedMethods>

/**
 * The platform's methods as the renderer words them: a method named as a channel's in the
 * table stands for that channel (the Electron platform adapts it), the others are the
 * host's own.
 */
export interface WordedMethods {
  readonly kind: 'browser' | 'electron'
  loadCircuits(): Promise<Loaded<SavedCircuit[]>>
  /**
   * Saves the list; resolves with the list as saved. Where another window saved circuits
   * meanwhile (a second tab), this window's change goes on top of theirs: the list saved
   * holds both, and this window shows it.
   */
  saveCircuits(list: readonly SavedCircuit[]): Promise<SavedCircuit[]>
  loadSettings(): Promise<Loaded<Settings>>
  saveSettings(settings: Settings): Promise<void>
  /** Every recorded session, oldest first. */
  loadHistory(): Promise<Loaded<HistoryEntry[]>>
  /** Records one ended session, replacing an earlier record with the same id. */
  addHistory(entry: HistoryEntry): Promise<void>
  /** The user's typical week and strength days. */
  loadPlan(): Promise<Loaded<WeekPlan>>
  savePlan(plan: WeekPlan): Promise<void>
  /** The session in progress, saved for a crash; null when none. */
  loadSession(): Promise<Loaded<SavedSession | null>>
  /** Saves (or, with null, forgets) the session in progress. */
  saveSession(session: SavedSession | null): Promise<void>
  /**
   * How the running session stands: the screen is kept awake while it runs, and a `change`
   * is shown as a notification while the app is hidden.
   */
  sessionStatus(status: SessionStatus): void
  /** Shows an OS notification where allowed; silently does nothing where not. */
  notify(title: string, body: string): void
  /** Asks once for permission to notify, from a user gesture. */
  requestNotifications(): Promise<boolean>
  toggleFullscreen(): Promise<void>
  /**
   * Offers a file to save: a download in the browser, a save dialog on the desktop. `data` is
   * text (written as UTF-8) or bytes; `type` its media type ("text/csv"), which a browser
   * gives the download.
   */
  saveFile(name: string, data: string | Uint8Array, type: string): Promise<void>
  /** Whether media keys and clickers reach the app from other apps; null where none can. */
  keysStatus(): Promise<KeysStatus | null>
  /** The host asks for a screen (a reminder was clicked). */
  onNavigate(listener: (screen: 'circuits' | 'today') => void): Unsubscribe
  /**
   * The settings changed elsewhere, as now saved: by main (the tray's Reminders switch), or
   * by another tab of the browser edition.
   */
  onSettingsChanged(listener: (settings: Settings) => void): Unsubscribe
  /** Circuits, history or the week plan saved by another window (a second tab). */
  onStoredChange(listener: (change: StoredChange) => void): Unsubscribe
  /** Connected displays; one entry (or none) where there is no choice. */
  listDisplays(): Promise<DisplayInfo[]>
  /** Opens the runner's display window on another screen; false when it could not. */
  openDisplay(displayId: number): Promise<boolean>
  closeDisplay(): Promise<void>
  /** Sends the display window the session as it stands. */
  sendDisplayState(state: DisplayWindowState): void
  /** In the display window: a key pressed there, for the runner in the laptop window. */
  sendDisplayCommand(command: PhoneCommand): void
  /** In the laptop window: the display window has gone. */
  onDisplayClosed(listener: () => void): Unsubscribe
  /**
   * The phone remote and TV display: how it stands; null where this edition cannot host it
   * (a page served without `npm run web` or the desktop app).
   */
  hubStatus(): Promise<HubStatus | null>
  /** Switches the phone remote and TV display on or off. */
  switchHub(on: boolean): Promise<HubStatus | null>
  /** Forgets a paired phone or TV. */
  forgetHubDevice(id: string): Promise<HubStatus | null>
  /** Tells paired phones and TVs how the session stands (nothing while the switch is off). */
  sendHubState(state: LiveState): void
  /** A press on a paired phone remote; listening also makes this page the runner they drive. */
  onHubCommand(listener: (command: PhoneCommand) => void): Unsubscribe
  /**
   * The remote's status whenever it changes on its own (a device paired, the code renewed,
   * switched off after a session): Settings shows the code in force at once.
   */
  onHubStatus(listener: (status: HubStatus) => void): Unsubscribe
  /**
   * Writes one file with everything (circuits, settings, the week plan, history and the paired
   * devices' names, never their tokens): a save dialog on the desktop, a download in the
   * browser. False when the user cancelled.
   */
  backUp(): Promise<boolean>
  /**
   * Replaces circuits, settings, the week plan and history with a backup's (its text, checked
   * again by each store's reader), all or none, after keeping a copy of what was there: says
   * where the copy is. Rejects with why, having changed nothing, when it cannot.
   */
  restoreBackup(text: string): Promise<{ copy: string }>
}
