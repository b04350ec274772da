/**
 * The runner's public parts: what the phone and TV pages (src/renderer/src/remote) may use
 * to show a session as the runner does. Everything else in this folder is the runner's own;
 * ESLint holds the remote pages to this file.
 */
export { RunnerDisplay, RunnerFrame } from './runner-display'
export { PHASE_COLOURS, RUNNER_TEXT } from './phase-style'
export { getSounds } from './sounds'
export { displaySession } from './display-screen'
export { useSession, type CueSink, type RunnerSnapshot, type SessionTicks } from './use-session'
