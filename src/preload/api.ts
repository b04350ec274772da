/**
 * What the preload exposes to the renderer as `window.runstrong`. The Electron shell issue
 * adds one named method per IPC channel here; nothing generic is ever exposed.
 */
export const api = {
  edition: 'electron' as const,
}

export type RunstrongApi = typeof api
