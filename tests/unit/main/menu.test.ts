import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('../../support/electron-fake'))

const { menuTemplate, setupMenu } = await import('../../../src/main/menu')
const setMenu = (await import('../../support/electron-fake')).Menu.setApplicationMenu

/** Every role in a menu template, submenus included. */
function roles(items: readonly { role?: string; submenu?: unknown }[]): string[] {
  return items.flatMap((i) => [
    ...(i.role ? [i.role] : []),
    ...(Array.isArray(i.submenu) ? roles(i.submenu as typeof items) : []),
  ])
}

describe('the packaged app menu', () => {
  it.each(['darwin', 'linux', 'win32'] as const)(
    'on %s offers quit, editing, fullscreen and zoom, and no reload or developer tools',
    (platform) => {
      const r = roles(menuTemplate(platform))
      for (const banned of ['reload', 'forceReload', 'toggleDevTools', 'viewMenu'])
        expect(r).not.toContain(banned)
      expect(r).toEqual(expect.arrayContaining(['editMenu', 'togglefullscreen', 'zoomIn']))
      expect(r).toContain(platform === 'darwin' ? 'appMenu' : 'quit')
    },
  )

  it('is set in a packaged build only', () => {
    setupMenu(false)
    expect(setMenu).not.toHaveBeenCalled()
    setupMenu(true)
    expect(setMenu).toHaveBeenCalledTimes(1)
  })
})
