#!/usr/bin/env node
// The launcher behind `npm start` (build, then run the desktop app) and `npm run dev`.
// Since Electron 42 the electron package fetches its binary on first use instead of at
// install, and electron-vite fails with "Electron uninstall" without it: so this fetches it
// first, and when that fails says how to fix it and serves the browser edition instead.
//   node scripts/launch.mjs start|dev [electron-vite args...]
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { constants } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildIfStale } from './build-if-stale.mjs'
import { serveWeb } from './serve-web.mjs'

const require = createRequire(import.meta.url)

export const WEB_HOST = '127.0.0.1'
export const WEB_PORT = 4173

/** The folder of the installed electron package. */
export function electronDir(resolve = require.resolve) {
  return dirname(resolve('electron/package.json'))
}

/** The electron-vite CLI script, from its package's own bin field. */
export function electronViteBin(resolve = require.resolve) {
  const pkgPath = resolve('electron-vite/package.json')
  const { bin } = JSON.parse(readFileSync(pkgPath, 'utf8'))
  return join(dirname(pkgPath), typeof bin === 'string' ? bin : bin['electron-vite'])
}

/**
 * The path of Electron's executable when it is there, else null. Reads path.txt in the
 * electron package as electron's own index.js does (ELECTRON_OVERRIDE_DIST_PATH replaces
 * its dist/), and takes ELECTRON_EXEC_PATH as electron-vite does.
 */
export function findElectronBinary({
  dir,
  env = process.env,
  exists = existsSync,
  read = readFileSync,
}) {
  if (env.ELECTRON_EXEC_PATH && exists(env.ELECTRON_EXEC_PATH)) return env.ELECTRON_EXEC_PATH
  const pathFile = join(dir, 'path.txt')
  const executable = exists(pathFile) ? read(pathFile, 'utf8').trim() : ''
  let binary = null
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    binary = join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron')
  } else if (executable) binary = join(dir, 'dist', executable)
  return binary && exists(binary) ? binary : null
}

/** Whether to open the browser edition in the default browser: only where there is one. */
export function shouldOpenBrowser({ env = process.env, platform = process.platform } = {}) {
  if (env.RUNSTRONG_NO_BROWSER === '1') return false
  if (env.CI && env.CI !== 'false' && env.CI !== '0') return false
  if (platform === 'darwin' || platform === 'win32') return true
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY)
}

/** What `npm start` prints when Electron's binary cannot be fetched: plain lines, no stack. */
export function fallbackMessage({ mode = 'start', port = WEB_PORT, reason = '' } = {}) {
  const url = `http://${WEB_HOST}:${port}`
  return [
    `Electron's binary could not be downloaded${reason ? ` (${reason})` : ''}, so the desktop app cannot start.`,
    'To fix it, check your network, or set ELECTRON_MIRROR to a mirror you can reach, then run `npx install-electron`.',
    mode === 'dev'
      ? `Serving the built browser edition instead (no live reload) at ${url}`
      : `Starting the browser edition instead at ${url}`,
  ]
}

/**
 * Runs a command with inherited stdio and no shell, forwarding SIGINT and SIGTERM to it.
 * Resolves to its exit code (128 + the signal's number when a signal ended it).
 */
export function run(command, args, { env = process.env, spawnFn = spawn, signals = process } = {}) {
  return new Promise((resolve) => {
    const child = spawnFn(command, args, { stdio: 'inherit', env, shell: false })
    const forward = (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    }
    const done = (code) => {
      signals.off('SIGINT', forward)
      signals.off('SIGTERM', forward)
      resolve(code)
    }
    signals.on('SIGINT', forward)
    signals.on('SIGTERM', forward)
    child.on('error', (err) => {
      console.error(`Could not run ${command}: ${err.message}`)
      done(1)
    })
    child.on('exit', (code, signal) =>
      done(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1)),
    )
  })
}

/**
 * Runs Electron's installer with its progress shown; its error output is kept back and
 * only its first line (such as "TypeError: fetch failed") is handed on, for the message.
 * Resolves to { code, reason }.
 */
export function fetchElectronBinary(env, spawnFn = spawn) {
  return new Promise((resolve) => {
    const child = spawnFn(process.execPath, [join(electronDir(), 'install.js')], {
      stdio: ['inherit', 'inherit', 'pipe'],
      env,
      shell: false,
    })
    let errors = ''
    child.stderr.on('data', (chunk) => (errors += String(chunk)))
    child.on('error', (err) => resolve({ code: 1, reason: err.message }))
    child.on('exit', (code) => {
      const reason = errors.split('\n').find((l) => l.trim() !== '') ?? ''
      resolve({ code: code ?? 1, reason: reason.trim().slice(0, 200) })
    })
  })
}

/** The real dependencies of `launch`; tests replace any of them. */
export function defaultDeps() {
  return {
    env: process.env,
    platform: process.platform,
    log: (line) => console.log(line),
    warn: (line) => console.error(line),
    findElectron: (env) => findElectronBinary({ dir: electronDir(), env }),
    fetchElectron: (env) => fetchElectronBinary(env),
    electronVite: (args, env) => run(process.execPath, [electronViteBin(), ...args], { env }),
    buildIfStale: () => buildIfStale(),
    serveWeb: (options) => serveWeb(options),
  }
}

/**
 * `start` builds then previews the desktop app, `dev` runs electron-vite's dev server; `args`
 * go to electron-vite. Fetches Electron's binary first when it is missing; when that fails,
 * serves the browser edition. Resolves to { exitCode } when done, or { server } while the
 * browser edition is being served.
 */
export async function launch(mode, args = [], deps = {}) {
  const d = { ...defaultDeps(), ...deps }
  if (mode !== 'start' && mode !== 'dev') {
    d.warn('Usage: node scripts/launch.mjs start|dev [electron-vite args...]')
    return { exitCode: 2 }
  }

  let binary = d.findElectron(d.env)
  let reason = ''
  if (!binary) {
    d.log("Fetching Electron's binary (first start only, about 100 MB: it may take a minute)...")
    const fetched = await d.fetchElectron(d.env)
    // A plain exit code is taken as well as { code, reason }.
    const code = typeof fetched === 'number' ? fetched : fetched.code
    reason = typeof fetched === 'number' ? '' : fetched.reason
    if (code === 0) binary = d.findElectron(d.env)
  }

  if (binary) {
    // electron-vite reads path.txt only; this also covers ELECTRON_OVERRIDE_DIST_PATH.
    const env = { ...d.env, ELECTRON_EXEC_PATH: binary }
    if (mode === 'dev') return { exitCode: await d.electronVite(['dev', ...args], env) }
    // electron-vite's preview builds first, then starts the app: one build, not two.
    return { exitCode: await d.electronVite(['preview', ...args], env) }
  }

  const port = Number(d.env.PORT ?? WEB_PORT)
  for (const line of fallbackMessage({ mode, port, reason })) d.warn(line)
  try {
    await d.buildIfStale()
  } catch {
    d.warn('Building the browser edition failed (see above).')
    return { exitCode: 1 }
  }
  const open = shouldOpenBrowser({ env: d.env, platform: d.platform })
  return { server: await d.serveWeb({ port, open }) }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [mode, ...args] = process.argv.slice(2)
  try {
    const result = await launch(mode, args)
    if ('exitCode' in result) process.exit(result.exitCode)
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err))
    process.exit(1)
  }
}
