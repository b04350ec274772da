import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('../../support/electron-fake'))

const { Notifier, setupNotifications, APP_USER_MODEL_ID, appUserModelId } =
  await import('../../../src/main/notifications')
const { app } = await import('electron')

describe('notifications', () => {
  it('shows a silent notification and runs the click action', () => {
    const made: { options: unknown; click?: () => void; shown: boolean }[] = []
    const n = new Notifier({
      isSupported: () => true,
      create: (options) => {
        const m = { options, shown: false, click: undefined as (() => void) | undefined }
        made.push(m)
        return { on: (_: 'click', l: () => void) => (m.click = l), show: () => (m.shown = true) }
      },
    })
    const clicked = vi.fn()
    expect(n.show('Runstrong', 'Strength day', clicked)).toBe(true)
    expect(made[0]).toMatchObject({
      options: { title: 'Runstrong', body: 'Strength day', silent: true },
      shown: true,
    })
    made[0]!.click!()
    expect(clicked).toHaveBeenCalled()
  })

  it('names the app to Windows, which shows notifications only for a named app', () => {
    setupNotifications('linux')
    expect(vi.mocked(app).setAppUserModelId.mock.calls).toEqual([])
    setupNotifications('win32')
    expect(vi.mocked(app).setAppUserModelId.mock.calls).toEqual([[APP_USER_MODEL_ID]])
  })

  it('unpackaged (npm start), names it by the running executable, so its toasts show too', () => {
    expect(appUserModelId(true, 'C:\\x\\electron.exe')).toBe(APP_USER_MODEL_ID)
    expect(appUserModelId(false, 'C:\\x\\electron.exe')).toBe('C:\\x\\electron.exe')
  })

  it('does nothing where the OS has no notifications', () => {
    const create = vi.fn()
    expect(new Notifier({ isSupported: () => false, create }).show('a', 'b')).toBe(false)
    expect(create).not.toHaveBeenCalled()
  })
})
