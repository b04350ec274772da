import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('../../support/electron-fake'))

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

const hasDpkg = spawnSync('dpkg-deb', ['--version']).status === 0
if (!hasDpkg)
  console.log('The .deb check is skipped: dpkg-deb is not on this machine (apt-get install dpkg).')

describe('the Linux package, built here with a stand-in Electron', () => {
  it('holds only the built app in its asar, runs as runstrong, and has its fuses flipped', async () => {
    const { buildIfStale } = await import('../../../scripts/build-if-stale.mjs')
    const { buildLinux } = await import('../../../scripts/package-standin.mjs')
    buildIfStale()
    const output = mkdtempSync(join(tmpdir(), 'runstrong-dist-'))
    const built = await buildLinux(['dir'], output)
    expect(built.log).not.toMatch(/⨯/)
    expect(built.ok).toBe(true)
    const app = join(output, 'linux-unpacked')
    expect(existsSync(join(app, 'runstrong'))).toBe(true)
    const asar = join(app, 'resources', 'app.asar')
    const require = createRequire(import.meta.url)
    const { listPackage } = require('@electron/asar') as {
      listPackage: (p: string, o: object) => string[]
    }
    const files = listPackage(asar, {})
    const top = new Set(files.map((f) => f.split(/[\\/]/)[1]))
    // Only what runs: the bundles, package.json and the tray's icon, no node_modules.
    expect([...top].sort()).toEqual(['out', 'package.json', 'resources'])
    expect(files.filter((f) => f.includes('resources'))).toEqual([
      '/resources',
      '/resources/icons',
      '/resources/icons/32x32.png',
    ])
    const size = statSync(asar).size
    console.log(`app.asar: ${(size / 1024 / 1024).toFixed(2)} MB`)
    expect(size).toBeLessThan(4 * 1024 * 1024)
    const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses') as {
      getCurrentFuseWire: (p: string) => Promise<Record<number, number>>
      FuseV1Options: Record<string, number>
    }
    const wire = await getCurrentFuseWire(join(app, 'runstrong'))
    const ON = 49 // '1'
    const OFF = 48 // '0'
    expect(wire[FuseV1Options.RunAsNode!]).toBe(OFF)
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable!]).toBe(OFF)
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments!]).toBe(OFF)
    expect(wire[FuseV1Options.EnableCookieEncryption!]).toBe(ON)
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation!]).toBe(ON)
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar!]).toBe(ON)
    rmSync(output, { recursive: true, force: true })
  }, 180_000)

  it.skipIf(!hasDpkg)(
    'builds a .deb with its maintainer, homepage, dependencies and desktop entry',
    async () => {
      const { buildLinux } = await import('../../../scripts/package-standin.mjs')
      const output = mkdtempSync(join(tmpdir(), 'runstrong-dist-'))
      const built = await buildLinux(['deb'], output, { fpm: true })
      expect(built.log).not.toMatch(/⨯/)
      const deb = join(output, 'Runstrong-0.1.0-linux-amd64.deb')
      const info = spawnSync('dpkg-deb', ['--info', deb], { encoding: 'utf8' }).stdout
      expect(info).toMatch(/Package: runstrong/)
      expect(info).toMatch(/Maintainer: Runstrong <hello@runstrong\.app>/)
      expect(info).toMatch(/Homepage: https:\/\/runstrong\.app/)
      expect(info).toMatch(/Recommends: speech-dispatcher/)
      expect(info).toMatch(/Depends: .*libgtk-3-0/)
      const files = spawnSync('dpkg-deb', ['--contents', deb], { encoding: 'utf8' }).stdout
      expect(files).toMatch(/\.\/opt\/Runstrong\/runstrong/)
      expect(files).toMatch(/\.\/opt\/Runstrong\/resources\/app\.asar/)
      expect(files).toMatch(/\.\/usr\/share\/applications\/app\.runstrong\.Runstrong\.desktop/)
      rmSync(output, { recursive: true, force: true })
    },
    180_000,
  )
})
