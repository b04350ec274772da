/** Writes a stand-in Electron folder (with Electron's fuse wire); returns its path. */
export function standInElectron(dir?: string): string
/** Runs electron-builder for Linux `targets` into `output` with a stand-in Electron. */
export function buildLinux(
  targets: string[],
  output: string,
  options?: { root?: string; fpm?: boolean },
): Promise<{ ok: boolean; log: string }>
