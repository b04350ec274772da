import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => {
  const e = { app: { on: vi.fn() }, shell: { openExternal: vi.fn() }, BrowserWindow: vi.fn() }
  return { default: e, ...e }
})

const { isAllowedExternal } = await import('../../../src/main/security')
const { secureWindowOptions } = await import('../../../src/main/window')

describe('window security', () => {
  it('makes every window isolated, sandboxed, without Node and unthrottled', () => {
    const prefs = secureWindowOptions('/x/preload.cjs').webPreferences
    expect(prefs).toMatchObject({
      preload: '/x/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      backgroundThrottling: false,
    })
  })

  it('opens only https links on the allowlist', () => {
    expect(isAllowedExternal('https://www.revelsports.com/strength')).toBe(true)
    expect(isAllowedExternal('http://www.revelsports.com/strength')).toBe(false)
    expect(isAllowedExternal('https://revelsports.com.evil.example/')).toBe(false)
    expect(isAllowedExternal('file:///etc/passwd')).toBe(false)
    expect(isAllowedExternal('not a url')).toBe(false)
  })
})
