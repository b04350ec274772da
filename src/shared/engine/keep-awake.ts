/**
 * The display stays awake while a session runs (main's power blocker on the desktop, a
 * screen wake lock in the browser), and through a short pause: a pause longer than this
 * lets it sleep again, in ms.
 */
export const PAUSE_RELEASE_MS = 10 * 60 * 1000
