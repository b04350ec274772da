import type { HistoryEntry } from '@shared/training/history'
import type { Platform } from '@renderer/platform/platform'

/**
 * Saves sessions for Garmin Connect or Strava: one session as its FIT file, several as one
 * zip of FIT files (one dialog or one download, rather than one each). Garmin's SDK is
 * fetched here, on the first save, never with the screen. Resolves with the file's name.
 */
export async function saveForGarmin(
  platform: Platform,
  entries: readonly HistoryEntry[],
): Promise<string> {
  const { FIT_MIME, fitFile, fitFileName } = await import('@shared/training/fit-file')
  const [only] = entries
  if (entries.length === 1 && only) {
    const name = fitFileName(only)
    await platform.saveFile(name, fitFile(only), FIT_MIME)
    return name
  }
  const { zipFiles } = await import('@shared/data/zip')
  const taken = new Set<string>()
  const files = [...entries]
    .sort((a, b) => a.startedAt - b.startedAt)
    .map((e) => {
      // Two sessions of one circuit begun in the same minute still get a file each.
      const base = fitFileName(e).replace(/\.fit$/, '')
      let name = `${base}.fit`
      for (let n = 2; taken.has(name); n++) name = `${base}-${n}.fit`
      taken.add(name)
      return { name, data: fitFile(e), modifiedMs: e.startedAt + e.actualMs }
    })
  const name = `runstrong-${entries.length}-sessions-fit.zip`
  await platform.saveFile(name, zipFiles(files), 'application/zip')
  return name
}
