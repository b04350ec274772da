// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/data/settings'
import { createBrowserPlatform } from '@renderer/platform/browser'
import { createPlatform } from '@renderer/platform'

const NOW = Date.UTC(2026, 2, 2, 7, 0, 0)

describe('page storage the browser refuses', () => {
  const real = Object.getOwnPropertyDescriptor(window, 'localStorage')!
  afterEach(() => Object.defineProperty(window, 'localStorage', real))

  it('says what helps when site data is blocked, not to reload', async () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError')
      },
    })
    const err = await createPlatform().then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(String(err)).toMatch(/does not let this page keep data/)
    expect(String(err)).toMatch(/Allow cookies and site data for this site/)
    expect(String(err)).not.toMatch(/[Rr]eload/)
  })

  it('says what helps when a save is refused for site data blocked meanwhile', async () => {
    const blocked = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError')
      },
      removeItem: () => undefined,
    } as unknown as Storage
    const p = createBrowserPlatform(blocked, () => NOW)
    await expect(p.saveSettings(DEFAULT_SETTINGS)).rejects.toThrow(
      /no longer lets this page keep data \(allow cookies and site data for this site/,
    )
  })
})
