/**
 * How a stored store is read, and what is done when it cannot be: one algorithm for both
 * editions. The desktop keeps each store in a file (`<name>.json`, its schema version around
 * its data); the browser edition keeps each under a page-storage key (`runstrong.<name>`, the
 * data bare). Given the stored text, this says what the store holds, what to tell the user
 * and what to do about it; the desktop's store and the browser's page storage only carry it
 * out. Nothing here touches a disk or page storage.
 */
import type { ReadResult } from './read-result'
import type { StoreInfo, StoreSpec } from './stores'

/** A store read by the algorithm; the desktop's stores also carry versions and migrations. */
type Spec<T> = StoreSpec<T, string>

/** What decoding a store's parsed text found; `migrated` when an older version was upgraded. */
export type Decoded<T> = ReadResult<T> & { migrated?: boolean }

/**
 * Where a store is kept, and how its text is read and written there: a file of the desktop
 * app (`STORE_FILES` in `store-documents.ts`, which opens the version envelope; kept out of
 * the browser edition's code) or a key of the browser's page storage (`PAGE_STORAGE`).
 */
export interface StoreMedium {
  /** Reads parsed JSON as a value, upgrading an older version. */
  decode: <T>(spec: Spec<T>, parsed: unknown) => Decoded<T>
  /** A value as the store's text: writing needs no reader. */
  encode: <T>(spec: StoreInfo<T, string>, value: T) => string
  /** What the user is told, in the words each edition has always used. */
  words: MediumWords
}

/** The sentences and reasons that differ between a file and page storage. */
export interface MediumWords {
  empty: string
  notJson: string
  /** Why writes are refused when the store could not be read. */
  unreadable: (why: string) => string
  /** Why writes are refused when the damaged text could not be copied aside. */
  uncopied: (why: string) => string
  /** The damaged text was left as it is (no copy could be made); `at` is where it is. */
  leftAsIs: (label: string, reason: string, why: string, at: string) => string
  /** What could be read was kept (`written` back, or not yet); a copy is at `aside`. */
  kept: (label: string, reason: string, aside: string, written: boolean) => string
  /** Nothing could be read: the defaults, and the damaged text kept at `aside`. */
  defaults: (label: string, reason: string, aside: string) => string
}

/** A desktop store file's words (its envelope is read in `store-documents.ts`). */
export const FILE_WORDS: MediumWords = {
  empty: 'the file is empty',
  notJson: 'the file is not valid JSON',
  unreadable: (why) => `its file could not be read (${why})`,
  uncopied: (why) => `its file is damaged and could not be copied aside (${why})`,
  leftAsIs: (label, reason, why, at) =>
    `Your saved ${label} could not be read (${reason}), and a copy could not be made (${why}). Runstrong left the file as it is at ${at} and will not save ${label} until this is mended.`,
  kept: (label, reason, aside, written) =>
    `Some saved ${label} could not be read (${reason}). Runstrong kept the rest${written ? '' : ' for now'}; a copy of the file is at ${aside}`,
  defaults: (label, reason, aside) =>
    `Your saved ${label} could not be read (${reason}). Runstrong started with defaults for them; the file was moved to ${aside}`,
}

/** The browser edition's page storage: each store's data bare under its key. */
export const PAGE_STORAGE: StoreMedium = {
  decode: (spec, parsed) => spec.read(parsed),
  encode: (spec, value) => JSON.stringify(spec.write(value)),
  words: {
    empty: 'it is empty',
    notJson: 'it is not valid JSON',
    unreadable: (why) => `page storage could not be read (${why})`,
    uncopied: () => 'they could not be read, and a copy could not be made to keep them',
    leftAsIs: (label, reason) =>
      `Some saved ${label} could not be read (${reason}), and page storage is too full to keep a copy. Runstrong left them as they are and will not save ${label} until there is room.`,
    kept: (label, reason, aside) =>
      `Some saved ${label} could not be read (${reason}). Runstrong kept what it could read; the original is kept in page storage as "${aside}".`,
    defaults: (label, reason, aside) =>
      `Some saved ${label} could not be read (${reason}). Runstrong started with defaults; the original is kept in page storage as "${aside}".`,
  },
}

/**
 * The stored text: null when there is none, `unreadable` (why, in plain words) when it exists
 * but could not be read (a disk error, no permission).
 */
export type StoredText = string | null | { unreadable: string }

/** Keeps the damaged text as it is under `aside`, then puts `repaired` (or nothing) in its place. */
export interface SetAside<T> {
  kind: 'set-aside'
  /** The damaged text, to be kept whole before anything replaces it. */
  raw: string
  /** The copy's file path or page-storage key. */
  aside: string
  /**
   * What was readable, written in the store's place once the copy is kept (a failure there is
   * quiet: see `unwrittenNotice`). Undefined: the store is removed, its text kept only in
   * the copy (a file is moved aside). `text` undefined: it could not be written as text,
   * which counts as a failed write.
   */
  repaired?: { value: T; text: string | undefined }
  /** The notice to show instead when `repaired` could not be written back. */
  unwrittenNotice: string
  /**
   * When the copy could not be made (`why`, in plain words): the stored text is left exactly
   * as it is, and writes are refused until a read succeeds.
   */
  failed: (why: string) => { notice: string; refusal: string }
}

/** What to do with the store after reading it. */
export type RepairAction<T> =
  /** Nothing: the store is fine, or there is none. */
  | { kind: 'none' }
  /** It could not be read: refuse writes (`refusal` says why) until a read succeeds. */
  | { kind: 'refuse'; refusal: string }
  /**
   * An older version was upgraded: write `text` back, quietly (a failure waits for later;
   * `text` undefined: it could not be written as text, which counts as a failed write).
   */
  | { kind: 'write-back'; value: T; text: string | undefined }
  | SetAside<T>

/** What reading a store found: the value to use, the notice for the user, what to do. */
export interface StoreReading<T> {
  value: T
  notice?: string
  action: RepairAction<T>
}

/** Where a store is: `at` its file path or key; `aside` names a copy, asked only when made. */
export interface StorePlace {
  at: string
  aside: () => string
}

/** A moment as it goes into the name of a copy: `2026-03-02T07-00-00-000Z`. */
const stamp = (nowMs: number): string => new Date(nowMs).toISOString().replace(/[:.]/g, '-')

/** A file name for a copy of damaged data: `<name>.corrupt-<time>.json`. */
export function corruptName(name: string, nowMs: number): string {
  return `${name}.corrupt-${stamp(nowMs)}.json`
}

/** A page-storage key for a copy of damaged data: `<key>.corrupt-<time>`. */
export function corruptKey(key: string, nowMs: number): string {
  return `${key}.corrupt-${stamp(nowMs)}`
}

/**
 * Parses and checks the text (a file's version envelope is opened, and upgraded, first). Text
 * that throws on the way (not JSON, a reader or an upgrade that fails) is damage too.
 */
function decode<T>(medium: StoreMedium, spec: Spec<T>, raw: string): Decoded<T> {
  try {
    return medium.decode(spec, JSON.parse(raw))
  } catch {
    const { words } = medium
    return { ok: false, reason: raw.trim() === '' ? words.empty : words.notJson }
  }
}

/** A value as text for a write the store makes on its own; undefined when that throws. */
function quietText<T>(medium: StoreMedium, spec: Spec<T>, value: T): string | undefined {
  try {
    return medium.encode(spec, value)
  } catch {
    return undefined
  }
}

/**
 * Reads a store's text. Missing: the defaults. Unreadable: the defaults, and writes refused.
 * Readable: its value (an older file upgraded and written back). Damaged (empty, not JSON, the
 * wrong shape, a newer version, repeated ids): what could be read (else the defaults), with
 * the whole text set aside first and what was read written in its place.
 */
export function readStore<T>(
  medium: StoreMedium,
  spec: Spec<T>,
  raw: StoredText,
  place: StorePlace,
): StoreReading<T> {
  const { label } = spec
  const { words } = medium
  if (raw === null) return { value: spec.fallback(), action: { kind: 'none' } }
  if (typeof raw !== 'string')
    return {
      value: spec.fallback(),
      notice: `Your saved ${label} could not be read (${raw.unreadable}). Runstrong shows none for now and will not save ${label} until it can read them, so nothing is written over. Restart Runstrong to try again.`,
      action: { kind: 'refuse', refusal: words.unreadable(raw.unreadable) },
    }
  const result = decode(medium, spec, raw)
  if (result.ok) {
    const { value } = result
    return result.migrated
      ? { value, action: { kind: 'write-back', value, text: quietText(medium, spec, value) } }
      : { value, action: { kind: 'none' } }
  }
  const { reason, partial } = result
  const aside = place.aside()
  const failed = (why: string) => ({
    notice: words.leftAsIs(label, reason, why, place.at),
    refusal: words.uncopied(why),
  })
  // A falsy part read counts as none, as it always has.
  if (!partial) {
    const notice = words.defaults(label, reason, aside)
    return {
      value: partial ?? spec.fallback(),
      notice,
      action: { kind: 'set-aside', raw, aside, unwrittenNotice: notice, failed },
    }
  }
  return {
    value: partial,
    notice: words.kept(label, reason, aside, true),
    action: {
      kind: 'set-aside',
      raw,
      aside,
      repaired: { value: partial, text: quietText(medium, spec, partial) },
      unwrittenNotice: words.kept(label, reason, aside, false),
      failed,
    },
  }
}
