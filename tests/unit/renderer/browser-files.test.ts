// @vitest-environment jsdom
/**
 * The browser edition's files: a download's type, and a restore into page storage that runs
 * out of room part way.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { backupText } from '@shared/data/backup'
import { DEFAULT_SETTINGS } from '@shared/data/settings'
import { createBrowserPlatform } from '@renderer/platform/browser'
import { everything, NOW } from '../shared/backup-fixture'

/** Every key in page storage with its value. */
const pageStorage = (): Record<string, string | null> =>
  Object.fromEntries(
    Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)!).map((k) => [
      k,
      localStorage.getItem(k),
    ]),
  )

let blobs: Blob[] = []
let clicked: string[] = []
beforeEach(() => {
  localStorage.clear()
  blobs = []
  URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:test')
  URL.revokeObjectURL = () => undefined
  clicked = []
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push(this.download)
  })
})

/** Page storage that refuses, as a full one does, every write for which `full` says so. */
function fullWhen(full: (key: string) => boolean): Storage {
  const real = localStorage
  return new Proxy(real, {
    get(target, name) {
      if (name === 'setItem')
        return (key: string, value: string) => {
          if (full(key)) throw new DOMException('full', 'QuotaExceededError')
          target.setItem(key, value)
        }
      const v = Reflect.get(target, name) as unknown
      return typeof v === 'function' ? (v as () => unknown).bind(target) : v
    },
  })
}

describe('a download in the browser edition', () => {
  it('carries the type it is given: a calendar for an .ics file, JSON for a backup', async () => {
    const p = createBrowserPlatform(localStorage, () => NOW)
    await p.saveFile(
      'runstrong-strength.ics',
      'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
      'text/calendar',
    )
    await p.saveFile('mine.json', '{}', 'application/json')
    expect(blobs.map((b) => b.type)).toEqual(['text/calendar', 'application/json'])
  })

  it('keeps the name asked for', async () => {
    await createBrowserPlatform(localStorage, () => NOW).saveFile(
      'runstrong-strength.ics',
      'x',
      'text/calendar',
    )
    expect(clicked).toEqual(['runstrong-strength.ics'])
  })
})

describe('a restore in the browser edition', () => {
  const text = backupText(everything, NOW)

  it('puts back what it wrote when page storage fills part way, and says so', async () => {
    const p = createBrowserPlatform(localStorage, () => NOW)
    await p.saveSettings({ ...DEFAULT_SETTINGS, muted: true })
    await p.saveCircuits([everything.circuits[0]!])
    const before = pageStorage()
    const full = createBrowserPlatform(
      fullWhen((key) => key === 'runstrong.plan'),
      () => NOW,
    )
    await expect(full.restoreBackup(text)).rejects.toThrow(
      /^Nothing was restored: this browser's storage for Runstrong is full\. What was here is unchanged\.$/,
    )
    const after = pageStorage()
    // The copy of what was there stays, as a restore's copy does.
    const { 'runstrong.before-restore': copy, ...rest } = after
    expect(copy).toContain('runstrong-backup')
    expect(rest).toEqual(before)
  })

  it('restores nothing when there is no room for the copy of what is here', async () => {
    const p = createBrowserPlatform(localStorage, () => NOW)
    await p.saveSettings({ ...DEFAULT_SETTINGS, muted: true })
    const before = pageStorage()
    const full = createBrowserPlatform(
      fullWhen((key) => key === 'runstrong.before-restore'),
      () => NOW,
    )
    await expect(full.restoreBackup(text)).rejects.toThrow(/no room to keep a copy/)
    expect(pageStorage()).toEqual(before)
  })
})
