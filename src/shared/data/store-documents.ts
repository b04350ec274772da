/**
 * A store's file as written: its schema version around its data. Reading one refuses a newer
 * version and upgrades an older one step by step; the desktop stores and a backup read their
 * files through it. Kept apart from `store-files.ts` and `store-repair.ts`, which the browser
 * edition loads, as only the desktop's main process and a backup use it.
 */
import * as z from '../zod'
import type { ReadResult } from './read-result'
import type { StoreInfo, StoreSpec } from './stores'
import { FILE_WORDS, type StoreMedium } from './store-repair'

/** A store file: its schema version and its data. */
const envelopeSchema = z.strictObject({
  schemaVersion: z.int().check(z.gte(1)),
  data: z.unknown(),
})

/** What reading a stored document found. `migrated` is set when it was upgraded. */
export type DocumentResult<T> = ReadResult<T> & { migrated?: boolean }

/**
 * Reads a store file's parsed JSON: checks the envelope, refuses a version newer than the
 * app knows, runs each migration step from the file's version up, then reads the data.
 */
export function readDocument<T>(spec: StoreSpec<T, string>, doc: unknown): DocumentResult<T> {
  const env = envelopeSchema.safeParse(doc)
  if (!env.success) return { ok: false, reason: 'it is not a Runstrong data file' }
  const { schemaVersion } = env.data
  if (schemaVersion > spec.version)
    return {
      ok: false,
      reason: `it was written by a newer Runstrong (version ${schemaVersion}; this one reads up to ${spec.version})`,
    }
  let data = env.data.data
  for (let v = schemaVersion; v < spec.version; v++) {
    const step = spec.migrations[v]
    if (!step) return { ok: false, reason: `no upgrade from version ${v} is known` }
    data = step(data)
  }
  const result = spec.read(data)
  return schemaVersion < spec.version ? { ...result, migrated: true } : result
}

/** The store file's content for a value. */
export function writeDocument<T>(
  spec: StoreInfo<T, string>,
  value: T,
): z.infer<typeof envelopeSchema> {
  return { schemaVersion: spec.version, data: spec.write(value) }
}

/**
 * The desktop's store files for the repair algorithm (`readStore`): the version envelope
 * opened and upgraded, written with tabs (as the files have always been written).
 */
export const STORE_FILES: StoreMedium = {
  decode: readDocument,
  encode: (spec, value) => JSON.stringify(writeDocument(spec, value), undefined, '\t'),
  words: FILE_WORDS,
}
