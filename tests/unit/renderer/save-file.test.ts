// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createBrowserPlatform } from '@renderer/platform/browser'
import { createElectronPlatform } from '@renderer/platform/electron'
import type { RunstrongApi } from '../../../src/preload/api'

afterEach(() => vi.restoreAllMocks())

/** A blob's bytes (jsdom's Blob has no `arrayBuffer()`). */
function bytesOf(blob: Blob): Promise<number[]> {
  return new Promise((resolve) => {
    const reader = new FileReader()
    reader.onload = () => resolve([...new Uint8Array(reader.result as ArrayBuffer)])
    reader.readAsArrayBuffer(blob)
  })
}

/** What the browser platform hands the page for download: the blob and the name. */
function catchDownload() {
  const saved: { blob: Blob; name: string }[] = []
  let last: Blob | undefined
  URL.createObjectURL = (blob: Blob) => {
    last = blob
    return 'blob:test'
  }
  URL.revokeObjectURL = () => undefined
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push({ blob: last!, name: this.download })
  })
  return saved
}

describe('saving a file', () => {
  it('in the browser, downloads text and bytes under their name and media type', async () => {
    const saved = catchDownload()
    const p = createBrowserPlatform(localStorage)
    await p.saveFile('runstrong-history.csv', 'date,circuit\n', 'text/csv')
    const fit = Uint8Array.from({ length: 256 }, (_, i) => i)
    await p.saveFile('session.fit', fit, 'application/vnd.ant.fit')
    expect(saved.map((s) => [s.name, s.blob.type])).toEqual([
      ['runstrong-history.csv', 'text/csv'],
      ['session.fit', 'application/vnd.ant.fit'],
    ])
    expect(await bytesOf(saved[0]!.blob)).toEqual([...new TextEncoder().encode('date,circuit\n')])
    expect(await bytesOf(saved[1]!.blob)).toEqual([...fit])
  })

  it('on the desktop, sends text as text and bytes as bytes', async () => {
    const saveFile = vi.fn<RunstrongApi['saveFile']>(() =>
      Promise.resolve({ ok: true, value: { path: null } }),
    )
    const p = createElectronPlatform({ saveFile } as unknown as RunstrongApi)
    await p.saveFile('a.csv', 'x,y\n', 'text/csv')
    const bytes = new Uint8Array([1, 2, 3])
    await p.saveFile('a.fit', bytes, 'application/vnd.ant.fit')
    expect(saveFile.mock.calls).toEqual([
      [{ name: 'a.csv', text: 'x,y\n' }],
      [{ name: 'a.fit', bytes }],
    ])
  })
})
