/** Runs `electron-vite build` in `root` when its out/ is stale; returns whether it built. */
export function buildIfStale(root?: string): boolean
