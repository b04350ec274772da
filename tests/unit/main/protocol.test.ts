import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('../../support/electron-fake'))

const { CSP, resolveAppPath, serveAppFile } = await import('../../../src/main/protocol')

describe('pages from our own scheme', () => {
  const root = mkdtempSync(join(tmpdir(), 'runstrong-pages-'))
  mkdirSync(join(root, 'assets'))
  writeFileSync(join(root, 'index.html'), '<!doctype html>')
  writeFileSync(join(root, 'assets', 'app.js'), 'export {}')

  it('serves only files under the renderer folder', () => {
    expect(resolveAppPath(root, 'app://runstrong/index.html')).toBe(join(root, 'index.html'))
    expect(resolveAppPath(root, 'app://runstrong/')).toBe(join(root, 'index.html'))
    expect(resolveAppPath(root, 'app://runstrong/../../etc/passwd')).toBe(join(root, 'etc/passwd'))
    expect(resolveAppPath(root, 'app://runstrong/%2e%2e/%2e%2e/etc/passwd')).toBe(
      join(root, 'etc/passwd'),
    )
    expect(resolveAppPath(root, 'app://runstrong/..%2f..%2fetc%2fpasswd')).toBeNull()
    expect(resolveAppPath(root, 'app://elsewhere/index.html')).toBeNull()
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull()
  })

  it('sends each file with its type and the content security policy', async () => {
    const r = await serveAppFile(root, 'app://runstrong/assets/app.js')
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(r.headers.get('content-security-policy')).toBe(CSP)
    expect((await serveAppFile(root, 'app://runstrong/missing.js')).status).toBe(404)
  })

  it('has a strict policy in the header, frame-ancestors included', () => {
    expect(CSP).toMatch(/^default-src 'none'; script-src 'self';/)
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
    expect(CSP).toContain("frame-ancestors 'none'")
  })
})
