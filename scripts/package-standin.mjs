#!/usr/bin/env node
// Packages the built app for Linux with a stand-in Electron folder, for machines where the
// Electron binary cannot be downloaded (electron-builder's `electronDist`). The stand-in is a
// small script that carries the fuse wire real Electron binaries carry, so the fuses are
// flipped and read back as on a real build. The .deb is built by a stand-in fpm
// (scripts/stand-in-fpm.mjs, with dpkg-deb); the AppImage needs tools electron-builder
// downloads from github.com, and says so where that fails.
import { execFile } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** The marker and wire of Electron's fuses (@electron/fuses): version 1, nine fuses. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const WIRE = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, 9]), Buffer.from('101100011')])

/** Writes a stand-in Electron folder; returns its path. */
export function standInElectron(dir = mkdtempSync(join(tmpdir(), 'runstrong-electron-'))) {
  mkdirSync(join(dir, 'resources'), { recursive: true })
  mkdirSync(join(dir, 'locales'), { recursive: true })
  const script = Buffer.from(
    '#!/bin/sh\necho "A stand-in for Electron: the real binary could not be downloaded here."\nexit 0\n# ',
  )
  writeFileSync(join(dir, 'electron'), Buffer.concat([script, WIRE, Buffer.from('\n')]))
  chmodSync(join(dir, 'electron'), 0o755)
  writeFileSync(join(dir, 'version'), '45.4.1')
  writeFileSync(join(dir, 'LICENSE'), '')
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '')
  return dir
}

/** A folder holding an `fpm` that runs scripts/stand-in-fpm.mjs (dpkg-deb does the work). */
function standInFpm() {
  const dir = mkdtempSync(join(tmpdir(), 'runstrong-fpm-'))
  writeFileSync(
    join(dir, 'fpm'),
    `#!/bin/sh\nexec "${process.execPath}" "${join(repo, 'scripts/stand-in-fpm.mjs')}" "$@"\n`,
  )
  chmodSync(join(dir, 'fpm'), 0o755)
  return dir
}

/**
 * Runs electron-builder for Linux `targets` into `output`; resolves with its exit and output.
 * With `fpm`, the .deb is built by the stand-in fpm rather than one downloaded.
 */
export function buildLinux(targets, output, { root = repo, fpm = false } = {}) {
  const electronDist = standInElectron()
  const env = { ...process.env, CI: '1' }
  if (fpm) {
    env.USE_SYSTEM_FPM = 'true'
    env.PATH = `${standInFpm()}:${env.PATH ?? ''}`
  }
  return new Promise((done) => {
    execFile(
      'npx',
      [
        'electron-builder',
        '--config',
        'electron-builder.json',
        '--linux',
        ...targets,
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${output}`,
        '--publish',
        'never',
      ],
      { cwd: root, env, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => done({ ok: !err, log: `${stdout}${stderr}` }),
    )
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const output = resolve(repo, 'dist')
  const deb = await buildLinux(['dir', 'deb'], output, { fpm: true })
  console.log(deb.ok ? `Built ${join(output, 'linux-unpacked')} and the .deb in dist/` : deb.log)
  const appImage = await buildLinux(['AppImage'], output)
  if (appImage.ok) console.log('Built the AppImage in dist/')
  else if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/.test(appImage.log))
    console.log(
      'The AppImage passed its configuration, then stopped at the tools electron-builder downloads from github.com, which this machine cannot reach.',
    )
  else console.log(appImage.log)
  process.exit(deb.ok ? 0 : 1)
}
