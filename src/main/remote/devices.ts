import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import * as z from '@shared/zod'
import {
  deviceRoleSchema,
  MAX_DEVICES,
  type DeviceRole,
  type PairedDevice,
} from '@shared/remote/protocol'
import { replaceFileSync } from '../atomic-file'
import { codeOf } from '../file-errors'

const fileSchema = z.object({
  version: z.literal(1),
  on: z.boolean(),
  /** The port last listened on: taken again when free, as a phone keeps its pairing per port. */
  port: z.optional(z.int().check(z.gte(1), z.lte(65_535))),
  devices: z
    .array(
      z.object({
        id: z.string().check(z.regex(/^[a-f0-9]{16}$/)),
        name: z.string().check(z.maxLength(40)),
        pairedAtMs: z.number().check(z.gte(0)),
        tokenHash: z.string().check(z.regex(/^[a-f0-9]{64}$/)),
        /** Fixed at pairing; absent for a device paired before roles were kept. */
        role: z.optional(deviceRoleSchema),
      }),
    )
    .check(z.maxLength(MAX_DEVICES)),
})
type HubFile = z.infer<typeof fileSchema>
type StoredDevice = HubFile['devices'][number]

const shown = (d: StoredDevice): PairedDevice => ({
  id: d.id,
  name: d.name,
  pairedAtMs: d.pairedAtMs,
  role: d.role ?? null,
})

const hash = (token: string) => createHash('sha256').update(token).digest('hex')

/**
 * The hub's memory: whether the switch is on, its port and the paired devices. Only a hash of each
 * token is kept (the token itself lives on its device). A file that cannot be read starts
 * afresh: every device then pairs again, which loses nothing else.
 */
export class DeviceBook {
  private data: HubFile = { version: 1, on: false, devices: [] }
  /** The file is there but could not be read: it is never written over this run. */
  private readonly kept: boolean = false

  /** `file` null keeps everything in memory. */
  constructor(private readonly file: string | null) {
    if (!file) return
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (err) {
      // Missing: start with no devices, switched off. There but unreadable (a permission,
      // too many open files): the same in memory, and the file stays as it is.
      this.kept = codeOf(err) !== 'ENOENT'
      return
    }
    try {
      const r = fileSchema.safeParse(JSON.parse(text))
      if (r.success) this.data = r.data
    } catch {
      // Damaged: start afresh; the devices pair again, which loses nothing else.
    }
  }

  get on(): boolean {
    return this.data.on
  }

  set on(on: boolean) {
    this.data = { ...this.data, on }
    this.save()
  }

  /** The port the hub last listened on; undefined before it ever did. */
  get port(): number | undefined {
    return this.data.port
  }

  /** Keeps `port` as the one to take again next time. */
  keepPort(port: number): void {
    if (port === this.data.port) return
    this.data = { ...this.data, port }
    this.save()
  }

  list(): PairedDevice[] {
    return this.data.devices.map(shown)
  }

  /** Whether another device may pair (at most `MAX_DEVICES`; none is ever pushed out). */
  get full(): boolean {
    return this.data.devices.length >= MAX_DEVICES
  }

  /**
   * Pairs a new device as `role`: returns its token, which is shown to it once and kept only
   * hashed; undefined when the book is full.
   */
  add(
    name: string,
    role: DeviceRole,
    nowMs: number,
  ): { token: string; device: PairedDevice } | undefined {
    if (this.full) return undefined
    const token = randomBytes(32).toString('base64url')
    const stored: StoredDevice = {
      id: randomBytes(8).toString('hex'),
      name,
      pairedAtMs: nowMs,
      tokenHash: hash(token),
      role,
    }
    this.data = { ...this.data, devices: [...this.data.devices, stored] }
    this.save()
    return { token, device: shown(stored) }
  }

  /** The device a token belongs to; undefined for a stranger or a forgotten device. */
  find(token: string): PairedDevice | undefined {
    const wanted = Buffer.from(hash(token), 'hex')
    const d = this.data.devices.find((x) =>
      timingSafeEqual(Buffer.from(x.tokenHash, 'hex'), wanted),
    )
    return d && shown(d)
  }

  /**
   * Fixes the role of a device paired before roles were kept, the first time it says one;
   * a role once fixed never changes. Returns the device's role.
   */
  settleRole(id: string, role: DeviceRole): DeviceRole {
    const d = this.data.devices.find((x) => x.id === id)
    if (!d) return role
    if (d.role) return d.role
    this.data = {
      ...this.data,
      devices: this.data.devices.map((x) => (x.id === id ? { ...x, role } : x)),
    }
    this.save()
    return role
  }

  has(id: string): boolean {
    return this.data.devices.some((d) => d.id === id)
  }

  /** Forgets a device: its token stops working at once. */
  forget(id: string): boolean {
    const before = this.data.devices.length
    this.data = { ...this.data, devices: this.data.devices.filter((d) => d.id !== id) }
    if (this.data.devices.length === before) return false
    this.save()
    return true
  }

  private save(): void {
    if (!this.file || this.kept) return
    // Readable by this user only (on Windows, as the folder allows).
    mkdirSync(dirname(this.file), { recursive: true })
    replaceFileSync(this.file, JSON.stringify(this.data), { mode: 0o600 })
  }
}
