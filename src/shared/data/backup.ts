/**
 * One file with everything Runstrong keeps, to move it to another computer or keep it safe:
 * circuits, settings, the week plan (with its programme), history, and the names of the paired
 * phones and TVs (never their tokens: a device pairs again after a move). Each store is held
 * as its own file holds it (schema version and data), so a backup is read back by the stores'
 * own readers and upgrades: a backup never brings in what a store would refuse.
 */
import * as z from '../zod'
import type { DeviceRole } from '../remote/protocol'
import { MAX_DATE_MS } from '../engine/time-bounds'
import type { HistoryEntry } from '../training/history'
import { strengthDays, type WeekPlan } from '../training/planner'
import type { SavedCircuit } from './saved-circuits'
import type { Settings } from './settings'
import { readDocument, writeDocument } from './store-documents'
import {
  CIRCUITS_STORE,
  HISTORY_STORE,
  PLAN_STORE,
  SETTINGS_STORE,
  type StoreSpec,
} from './store-files'

/** What a backup file says it is, so no other file is taken for one. */
export const BACKUP_FORMAT = 'runstrong-backup'
/** The backup format's version this app writes and reads. */
export const BACKUP_VERSION = 1
/**
 * The largest backup read or written, in characters (and in bytes for a file chosen): far
 * above ten years of history and a thousand circuits (a few MB).
 */
export const MAX_BACKUP_CHARS = 20_000_000

/**
 * The roles a device may have been paired as. Written out rather than taken from the remote's
 * protocol, whose code the Settings screen would otherwise fetch with a backup's.
 */
const ROLES = ['remote', 'display'] as const satisfies readonly DeviceRole[]
/** The most devices a backup names: more than a hub pairs (20). */
const MAX_DEVICES = 100

/** A paired phone or TV as a backup names it: what it was, never its token. */
const deviceSchema = z.strictObject({
  name: z.string().check(z.maxLength(40)),
  role: z.nullable(z.enum(ROLES)),
  pairedAtMs: z.number().check(z.gte(0), z.lte(MAX_DATE_MS)),
})
export type BackedUpDevice = z.infer<typeof deviceSchema>

/** Everything a backup holds. */
export interface BackupContents {
  circuits: SavedCircuit[]
  settings: Settings
  plan: WeekPlan
  history: HistoryEntry[]
  /** For the record: restoring does not pair them (they pair again). */
  devices: BackedUpDevice[]
}

export interface Backup extends BackupContents {
  /** When it was made, ms since the epoch. */
  madeAtMs: number
}

const storeDoc = z.strictObject({ schemaVersion: z.int().check(z.gte(1)), data: z.unknown() })
const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  madeAtMs: z.number().check(z.gte(0), z.lte(MAX_DATE_MS)),
  circuits: storeDoc,
  settings: storeDoc,
  plan: storeDoc,
  history: storeDoc,
  devices: z.array(deviceSchema).check(z.maxLength(MAX_DEVICES)),
})

/** A device as a backup keeps it: only its name, role and pairing time are copied. */
export function deviceForBackup(d: BackedUpDevice): BackedUpDevice {
  return { name: d.name, role: d.role, pairedAtMs: d.pairedAtMs }
}

/** The backup file's text for what the stores hold now, made at `nowMs`. */
export function backupText(contents: BackupContents, nowMs: number): string {
  const doc: z.input<typeof backupSchema> = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    madeAtMs: nowMs,
    circuits: writeDocument(CIRCUITS_STORE, contents.circuits),
    settings: writeDocument(SETTINGS_STORE, contents.settings),
    plan: writeDocument(PLAN_STORE, contents.plan),
    history: writeDocument(HISTORY_STORE, contents.history),
    devices: contents.devices.map(deviceForBackup),
  }
  return JSON.stringify(doc, undefined, '\t')
}

/** The name a backup is offered under: `runstrong-backup-2026-03-02.json`, local date. */
export function backupFileName(nowMs: number): string {
  const d = new Date(nowMs)
  const two = (n: number) => String(n).padStart(2, '0')
  return `runstrong-backup-${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}.json`
}

/** "1.5 MB": a size in words. */
const megabytes = (chars: number) => `${(chars / 1_000_000).toFixed(1)} MB`

/** Why a file of `size` characters (or bytes) is refused as a backup, to follow "not restored:". */
export function tooLargeReason(size: number): string {
  return `it is larger than a backup can be (${megabytes(size)}; at most ${megabytes(MAX_BACKUP_CHARS)})`
}

/** Reads one store out of a backup by its own rules: damaged parts refuse it whole. */
function readStore<T>(spec: StoreSpec<T>, doc: unknown): { ok: true; value: T } | string {
  const r = readDocument(spec, doc)
  return r.ok ? { ok: true, value: r.value } : `its ${spec.label} could not be read (${r.reason})`
}

/**
 * Reads a backup file's text, checking everything before anything is replaced: its size, that
 * it is JSON and a Runstrong backup of a version this app reads, and each store by that
 * store's own reader. A refusal says why in words that follow "This file was not restored:".
 */
export function readBackup(
  text: string,
): { ok: true; backup: Backup } | { ok: false; reason: string } {
  const no = (reason: string) => ({ ok: false as const, reason })
  if (text.length > MAX_BACKUP_CHARS) return no(tooLargeReason(text.length))
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    return no(`it is not a Runstrong backup (${text.trim() === '' ? 'it is empty' : 'not JSON'})`)
  }
  const head = z.looseObject({ format: z.unknown(), version: z.unknown() }).safeParse(doc)
  if (!head.success || head.data.format !== BACKUP_FORMAT)
    return no('it is not a Runstrong backup (a backup is made with Back up in Settings)')
  const { version } = head.data
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION)
    return no(
      `it was made by a newer Runstrong (backup version ${version}; this one reads version ${BACKUP_VERSION})`,
    )
  const r = backupSchema.safeParse(doc)
  if (!r.success) {
    const at = r.error.issues[0]?.path.join('.')
    return no(`it is damaged${at ? ` (at ${at})` : ''}`)
  }
  const b = r.data
  const circuits = readStore(CIRCUITS_STORE, b.circuits)
  if (typeof circuits === 'string') return no(circuits)
  const settings = readStore(SETTINGS_STORE, b.settings)
  if (typeof settings === 'string') return no(settings)
  const plan = readStore(PLAN_STORE, b.plan)
  if (typeof plan === 'string') return no(plan)
  const history = readStore(HISTORY_STORE, b.history)
  if (typeof history === 'string') return no(history)
  return {
    ok: true,
    backup: {
      madeAtMs: b.madeAtMs,
      circuits: circuits.value,
      settings: settings.value,
      plan: plan.value,
      history: history.value,
      devices: b.devices,
    },
  }
}

/** What a backup, or the stores now, hold, counted for Restore's question. */
export interface DataCounts {
  circuits: number
  /** Sessions in History. */
  sessions: number
  /** Strength days in the week plan. */
  strengthDays: number
  /** Whether a six-week programme is under way in the plan. */
  programme: boolean
  /** Paired phones and TVs named. */
  devices: number
}

/** Counts what `c` holds. */
export function countData(c: BackupContents): DataCounts {
  return {
    circuits: c.circuits.length,
    sessions: c.history.length,
    strengthDays: strengthDays(c.plan).length,
    programme: c.plan.programme !== undefined,
    devices: c.devices.length,
  }
}
