import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => {
  const e = { app: {}, Notification: {} }
  return { default: e, ...e }
})

const root = resolve(__dirname, '../../..')
const config = JSON.parse(readFileSync(resolve(root, 'electron-builder.json'), 'utf8')) as {
  appId: string
  asar: boolean
  files: string[]
  electronFuses: Record<string, boolean>
  linux: { target: string[]; icon: string; syncDesktopName?: boolean }
  deb: Record<string, unknown>
  mac: { target: string[] }
  win: { target: string[]; icon: string }
  icon: string
}

/** Width and height from a PNG's header. */
function pngSize(path: string): [number, number] {
  const b = readFileSync(path)
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG')
  return [b.readUInt32BE(16), b.readUInt32BE(20)]
}

describe('the installers', () => {
  it('build a deb first, then an AppImage, a dmg and an NSIS installer from the built app in an ASAR', () => {
    expect(config.linux.target).toEqual(['deb', 'AppImage'])
    expect(config.mac.target).toEqual(['dmg'])
    expect(config.win.target).toEqual(['nsis'])
    expect(config.asar).toBe(true)
    expect(config.files).toContain('out/**/*')
  })

  it('flip the fuses: no RunAsNode, NODE_OPTIONS or inspect; cookie encryption, ASAR integrity, ASAR only', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    })
  })

  it('keep electron-builder’s own deb dependencies, and recommend speech-dispatcher for voices', () => {
    expect(config.deb.depends).toBeUndefined()
    expect(config.deb.recommends).toEqual(['speech-dispatcher'])
  })

  it('name the installed desktop entry after the app’s reverse-DNS desktopName, as Electron’s app id', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
      desktopName?: string
    }
    expect(pkg.desktopName).toMatch(/^[a-z]+\.[a-z]+\.[A-Za-z]+\.desktop$/)
    expect(config.linux.syncDesktopName).toBe(true)
  })

  it('use the same app id as the notifications, and icons the script drew', async () => {
    const { APP_USER_MODEL_ID } = await import('../../../src/main/notifications')
    expect(config.appId).toBe(APP_USER_MODEL_ID)
    expect(pngSize(resolve(root, config.icon))).toEqual([1024, 1024])
    for (const n of [16, 32, 48, 64, 128, 256, 512])
      expect(pngSize(resolve(root, config.linux.icon, `${n}x${n}.png`))).toEqual([n, n])
    expect(existsSync(resolve(root, 'resources/icon.svg'))).toBe(true)
  })
})
