// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { settingsFromStored, type Theme } from '@shared/data/settings'
import { useTheme } from '@renderer/lib/theme'

function Themed({ theme }: { theme: Theme }) {
  useTheme(theme)
  return null
}

afterEach(() => {
  cleanup()
  delete document.documentElement.dataset.theme
})

describe('the theme', () => {
  it('holds the pages light or dark as chosen, and lets the system decide again', () => {
    const { rerender } = render(<Themed theme="light" />)
    expect(document.documentElement.dataset.theme).toBe('light')
    rerender(<Themed theme="dark" />)
    expect(document.documentElement.dataset.theme).toBe('dark')
    rerender(<Themed theme="system" />)
    expect(document.documentElement.dataset.theme).toBeUndefined()
  })

  it('follows the system by default, an older file without it too', () => {
    const older = settingsFromStored({ volume: 0.5 })
    expect(older.ok && older.value.theme).toBe('system')
    const chosen = settingsFromStored({ theme: 'light' })
    expect(chosen.ok && chosen.value.theme).toBe('light')
  })

  it('names a theme this version cannot use and follows the system instead', () => {
    const r = settingsFromStored({ theme: 'sepia', volume: 0.4 })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.reason).toBe(
      'Theme held a value this version cannot use, so it was reset to its default',
    )
    expect(r.partial).toMatchObject({ theme: 'system', volume: 0.4 })
  })
})
