import type { SessionStatus } from '@shared/ipc-contract'

interface Awake {
  update: (state: SessionStatus['state']) => void
  release: () => void
}

interface Keys {
  /** Takes the keys when `on`, gives them back otherwise; the keys the OS refused, or null. */
  set: (on: boolean) => string[] | null
}

/** The parts of a window that say its page went away. */
export interface WatchedWindow {
  on: (event: 'closed', listener: () => void) => unknown
  webContents: {
    on: ((event: 'render-process-gone', listener: () => void) => unknown) &
      ((
        event: 'did-start-navigation',
        listener: (details: { isMainFrame: boolean; isSameDocument: boolean }) => void,
      ) => unknown)
  }
}

/**
 * What a running session holds on the OS's side: the display kept awake and the global
 * keys. The keys are taken only while the session runs: a pause (the leave question pauses
 * too), Done, and every end of the page give them back to other apps at once, and a resumed
 * session takes them again. The runner says how the session stands; when its page goes
 * away without saying so (a crash, a reload, a navigation, the window closing), `drop`
 * gives everything back at once.
 */
export class SessionHold {
  private running = false
  private refused: string[] = []

  constructor(
    private readonly keepAwake: Awake,
    private readonly keys: Keys,
    private keysAllowed: boolean,
  ) {}

  /** The runner's report: keep awake while it is on, hold the keys while it runs. */
  status(state: SessionStatus['state']): void {
    this.keepAwake.update(state)
    this.running = state === 'running'
    this.syncKeys()
  }

  /** The global-keys setting changed. */
  allowKeys(allowed: boolean): void {
    this.keysAllowed = allowed
    this.syncKeys()
  }

  /** The runner's page is gone: let the display sleep and give the keys back now. */
  drop(): void {
    this.keepAwake.release()
    this.running = false
    this.syncKeys()
  }

  /** Whether a running session holds the keys. */
  get held(): boolean {
    return this.running
  }

  /** The keys the OS refused when they were last taken. */
  refusedKeys(): string[] {
    return [...this.refused]
  }

  /**
   * Watches the window that runs sessions: its page crashing, reloading, navigating away or
   * its window closing drops the hold. Moves within the page (hash routes) do not.
   */
  watch(win: WatchedWindow): void {
    const drop = () => this.drop()
    win.on('closed', drop)
    win.webContents.on('render-process-gone', drop)
    win.webContents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) drop()
    })
  }

  private syncKeys(): void {
    const want = this.running && this.keysAllowed
    const refused = this.keys.set(want)
    // Only a real taking of the keys says which the OS refused, all of them or none.
    if (want && refused !== null) this.refused = refused
  }
}
