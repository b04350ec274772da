import { spawn, type ChildProcess } from 'node:child_process'
import { EventEmitter } from 'node:events'
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

type Env = Record<string, string | undefined>

/** What launch() is given; each test replaces all of it with fakes. */
interface LaunchDeps {
  env: Env
  platform: string
  log: (line: string) => void
  warn: (line: string) => void
  findElectron: (env: Env) => string | null
  fetchElectron: (env: Env) => Promise<number>
  electronVite: (args: string[], env: Env) => Promise<number>
  buildIfStale: () => unknown
  serveWeb: (options: { port: number; open: boolean }) => Promise<unknown>
}

// The scripts are plain .mjs without type declarations: their exports are typed here.
interface LaunchModule {
  WEB_PORT: number
  electronDir: () => string
  electronViteBin: () => string
  fallbackMessage: (options: { mode: 'start' | 'dev'; port: number }) => string[]
  findElectronBinary: (options: { dir: string; env: Env }) => string | null
  shouldOpenBrowser: (options: { env: Env; platform: string }) => boolean
  run: (
    command: string,
    args: string[],
    options: { env?: Env; spawnFn?: (...args: never[]) => unknown; signals?: EventEmitter },
  ) => Promise<number>
  launch: (
    mode: string,
    args: string[],
    deps: Partial<LaunchDeps>,
  ) => Promise<{ exitCode: number } | { server: unknown }>
}
interface BuildIfStaleModule {
  buildIfStale: (root?: string) => boolean
}

const root = resolve(__dirname, '../../..')
const {
  WEB_PORT,
  electronDir,
  electronViteBin,
  fallbackMessage,
  findElectronBinary,
  launch,
  run,
  shouldOpenBrowser,
} = (await import(resolve(root, 'scripts/launch.mjs'))) as LaunchModule
const { buildIfStale } = (await import(
  resolve(root, 'scripts/build-if-stale.mjs')
)) as BuildIfStaleModule

const temps: string[] = []
const temp = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  temps.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true })
})

interface FakeOptions {
  /** What findElectron answers before any fetch. */
  binary?: string | null
  /** What findElectron answers after a fetch that exits 0. */
  fetched?: string | null
  fetchCode?: number
  /** Exit codes of electron-vite by command (build, preview, dev); 0 otherwise. */
  viteCodes?: Record<string, number>
  env?: Env
  platform?: string
}

/** Fakes for every dependency of launch(), recording what it did in `calls`. */
function fakes({
  binary = null,
  fetched = null,
  fetchCode = 1,
  viteCodes = {},
  env = {},
  platform = 'linux',
}: FakeOptions = {}) {
  const calls: string[] = []
  const out: string[] = []
  let present = binary
  const deps = {
    env,
    platform,
    log: vi.fn<LaunchDeps['log']>((line) => out.push(line)),
    warn: vi.fn<LaunchDeps['warn']>((line) => out.push(line)),
    findElectron: vi.fn<LaunchDeps['findElectron']>(() => present),
    fetchElectron: vi.fn<LaunchDeps['fetchElectron']>(() => {
      calls.push('fetch')
      if (fetchCode === 0) present = fetched
      return Promise.resolve(fetchCode)
    }),
    electronVite: vi.fn<LaunchDeps['electronVite']>((args) => {
      calls.push(`electron-vite ${args.join(' ')}`)
      return Promise.resolve(viteCodes[args[0]!] ?? 0)
    }),
    buildIfStale: vi.fn<LaunchDeps['buildIfStale']>(() => {
      calls.push('buildIfStale')
      return false
    }),
    serveWeb: vi.fn<LaunchDeps['serveWeb']>((options) => {
      calls.push(`serveWeb ${options.port} open=${options.open}`)
      return Promise.resolve({ fake: 'server' })
    }),
  } satisfies LaunchDeps
  return { deps, calls, out }
}

describe("finding Electron's binary", () => {
  /** An electron package folder with path.txt and/or dist/<exe> as asked. */
  function electronPackage({ pathTxt = true, dist = true } = {}): string {
    const dir = temp('electron-pkg-')
    if (pathTxt) writeFileSync(join(dir, 'path.txt'), 'electron')
    if (dist) {
      mkdirSync(join(dir, 'dist'))
      writeFileSync(join(dir, 'dist/electron'), '')
    }
    return dir
  }

  it('is present when path.txt names a file in dist/', () => {
    const dir = electronPackage()
    expect(findElectronBinary({ dir, env: {} })).toBe(join(dir, 'dist/electron'))
  })

  it('is missing without path.txt, or when dist/ lacks what it names', () => {
    expect(findElectronBinary({ dir: electronPackage({ pathTxt: false }), env: {} })).toBeNull()
    expect(findElectronBinary({ dir: electronPackage({ dist: false }), env: {} })).toBeNull()
  })

  it('looks in ELECTRON_OVERRIDE_DIST_PATH instead of dist/, as electron does', () => {
    const override = temp('electron-override-')
    writeFileSync(join(override, 'electron'), '')
    const withoutPathTxt = electronPackage({ pathTxt: false, dist: false })
    expect(
      findElectronBinary({ dir: withoutPathTxt, env: { ELECTRON_OVERRIDE_DIST_PATH: override } }),
    ).toBe(join(override, 'electron'))
    const empty = temp('electron-override-')
    expect(
      findElectronBinary({ dir: electronPackage(), env: { ELECTRON_OVERRIDE_DIST_PATH: empty } }),
    ).toBeNull()
  })

  it('takes an existing ELECTRON_EXEC_PATH, as electron-vite does', () => {
    const exe = join(electronPackage(), 'dist/electron')
    const dir = electronPackage({ pathTxt: false, dist: false })
    expect(findElectronBinary({ dir, env: { ELECTRON_EXEC_PATH: exe } })).toBe(exe)
    expect(findElectronBinary({ dir, env: { ELECTRON_EXEC_PATH: join(dir, 'nope') } })).toBeNull()
  })

  it('resolves the installed electron package and the electron-vite CLI', () => {
    expect(existsSync(join(electronDir(), 'install.js'))).toBe(true)
    expect(electronViteBin()).toMatch(
      /node_modules[\\/]electron-vite[\\/]bin[\\/]electron-vite\.js$/,
    )
    expect(existsSync(electronViteBin())).toBe(true)
  })
})

describe("with Electron's binary present", () => {
  it('start builds and previews in one electron-vite preview, with the extra args; nothing is fetched', async () => {
    const { deps, calls } = fakes({ binary: '/e/dist/electron' })
    const result = await launch('start', ['--sourcemap'], deps)
    expect(result).toEqual({ exitCode: 0 })
    expect(calls).toEqual(['electron-vite preview --sourcemap'])
    expect(deps.fetchElectron).not.toHaveBeenCalled()
    expect(deps.serveWeb).not.toHaveBeenCalled()
    // electron-vite itself reads path.txt only, so it is told where the binary is.
    expect(deps.electronVite.mock.calls[0]![1].ELECTRON_EXEC_PATH).toBe('/e/dist/electron')
  })

  it('start exits with electron-vite’s code when its build or the app fails', async () => {
    const { deps, calls } = fakes({ binary: '/e', viteCodes: { preview: 3 } })
    expect(await launch('start', [], deps)).toEqual({ exitCode: 3 })
    expect(calls).toEqual(['electron-vite preview'])
  })

  it('dev runs electron-vite dev and exits with its code', async () => {
    const { deps, calls } = fakes({ binary: '/e', viteCodes: { dev: 130 } })
    expect(await launch('dev', ['--watch'], deps)).toEqual({ exitCode: 130 })
    expect(calls).toEqual(['electron-vite dev --watch'])
    expect(deps.fetchElectron).not.toHaveBeenCalled()
  })

  it('refuses an unknown mode', async () => {
    const { deps, calls } = fakes({ binary: '/e' })
    expect(await launch('serve', [], deps)).toEqual({ exitCode: 2 })
    expect(calls).toEqual([])
  })
})

describe("with Electron's binary missing", () => {
  it('fetches it once, saying so, then starts the desktop app', async () => {
    const { deps, calls, out } = fakes({ fetchCode: 0, fetched: '/e/dist/electron' })
    expect(await launch('start', [], deps)).toEqual({ exitCode: 0 })
    expect(calls).toEqual(['fetch', 'electron-vite preview'])
    expect(out).toEqual([
      "Fetching Electron's binary (first start only, about 100 MB: it may take a minute)...",
    ])
    expect(deps.electronVite.mock.calls[0]![1].ELECTRON_EXEC_PATH).toBe('/e/dist/electron')
  })

  it('fetches it, then runs dev', async () => {
    const { deps, calls } = fakes({ fetchCode: 0, fetched: '/e' })
    expect(await launch('dev', [], deps)).toEqual({ exitCode: 0 })
    expect(calls).toEqual(['fetch', 'electron-vite dev'])
  })

  describe('and the fetch failing', () => {
    it('says what failed and how to fix it, in plain lines, and serves the browser edition', async () => {
      const { deps, calls, out } = fakes({ fetchCode: 1 })
      const result = await launch('start', [], deps)
      expect(result).toEqual({ server: { fake: 'server' } })
      expect(calls).toEqual(['fetch', 'buildIfStale', 'serveWeb 4173 open=false'])
      expect(deps.electronVite).not.toHaveBeenCalled()

      const message = out.slice(1)
      expect(message).toEqual(fallbackMessage({ mode: 'start', port: WEB_PORT }))
      expect(message.length).toBeGreaterThanOrEqual(2)
      expect(message.length).toBeLessThanOrEqual(3)
      expect(message[0]).toMatch(/Electron's binary could not be downloaded/)
      expect(message[0]).toMatch(/desktop app cannot start/)
      expect(message[1]).toMatch(/network/)
      expect(message[1]).toContain('ELECTRON_MIRROR')
      expect(message[1]).toContain('npx install-electron')
      expect(message[2]).toContain('browser edition')
      expect(message[2]).toContain('http://127.0.0.1:4173')
      for (const line of message) {
        expect(line).not.toMatch(/\n|^\s+at |Error:/)
      }
    })

    it('falls back when the fetch exits 0 yet the binary is still missing', async () => {
      const { deps, calls } = fakes({ fetchCode: 0, fetched: null })
      await launch('start', [], deps)
      expect(calls).toEqual(['fetch', 'buildIfStale', 'serveWeb 4173 open=false'])
    })

    it('in dev, says the built browser edition is served instead', async () => {
      const { deps, calls, out } = fakes()
      await launch('dev', [], deps)
      expect(out.at(-1)).toMatch(/built browser edition.*http:\/\/127\.0\.0\.1:4173/)
      expect(calls).toEqual(['fetch', 'buildIfStale', 'serveWeb 4173 open=false'])
    })

    it('serves on PORT when it is set, and names that address', async () => {
      const { deps, calls, out } = fakes({ env: { PORT: '5123' } })
      await launch('start', [], deps)
      expect(calls.at(-1)).toBe('serveWeb 5123 open=false')
      expect(out.at(-1)).toContain('http://127.0.0.1:5123')
    })

    it('stops, without serving, when the build fails', async () => {
      const { deps } = fakes()
      deps.buildIfStale.mockImplementation(() => {
        throw new Error('Command failed: npx electron-vite build')
      })
      expect(await launch('start', [], deps)).toEqual({ exitCode: 1 })
      expect(deps.serveWeb).not.toHaveBeenCalled()
    })

    it.each([
      ['linux', {}, false],
      ['linux', { DISPLAY: ':0' }, true],
      ['linux', { WAYLAND_DISPLAY: 'wayland-0' }, true],
      ['linux', { DISPLAY: ':0', CI: 'true' }, false],
      ['linux', { DISPLAY: ':0', RUNSTRONG_NO_BROWSER: '1' }, false],
      ['darwin', {}, true],
      ['darwin', { CI: '1' }, false],
      ['win32', {}, true],
      ['win32', { RUNSTRONG_NO_BROWSER: '1' }, false],
    ] as [string, Env, boolean][])(
      'on %s with %j, opens the browser: %s',
      async (platform, env, open) => {
        expect(shouldOpenBrowser({ env, platform })).toBe(open)
        const { deps } = fakes({ env, platform })
        await launch('start', [], deps)
        expect(deps.serveWeb).toHaveBeenCalledWith({ port: 4173, open })
      },
    )
  })
})

describe('running a command', () => {
  /** A child process that records the signals sent to it. */
  class FakeChild extends EventEmitter {
    exitCode: number | null = null
    signalCode: string | null = null
    killed: string[] = []
    kill(signal: string): boolean {
      this.killed.push(signal)
      return true
    }
  }

  it('inherits stdio without a shell, forwards SIGINT and SIGTERM, and resolves to the exit code', async () => {
    const child = new FakeChild()
    const signals = new EventEmitter()
    const spawnFn = vi.fn(() => child)
    const done = run('node', ['x.js'], { env: { A: '1' }, spawnFn, signals })
    expect(spawnFn).toHaveBeenCalledWith('node', ['x.js'], {
      stdio: 'inherit',
      env: { A: '1' },
      shell: false,
    })
    signals.emit('SIGINT', 'SIGINT')
    signals.emit('SIGTERM', 'SIGTERM')
    expect(child.killed).toEqual(['SIGINT', 'SIGTERM'])
    child.emit('exit', 4, null)
    expect(await done).toBe(4)
    expect(signals.listenerCount('SIGINT')).toBe(0)
    expect(signals.listenerCount('SIGTERM')).toBe(0)
  })

  it('gives 128 + the signal number when a signal ended the child', async () => {
    const child = new FakeChild()
    const done = run('node', [], { spawnFn: () => child, signals: new EventEmitter() })
    child.emit('exit', null, 'SIGINT')
    expect(await done).toBe(130)
  })

  it('runs a real process', async () => {
    const quiet = new EventEmitter()
    expect(await run(process.execPath, ['-e', 'process.exit(3)'], { signals: quiet })).toBe(3)
  })
})

describe('buildIfStale', () => {
  it('does not build when out/ is newer than every source', () => {
    const dir = temp('stale-')
    for (const d of ['src', 'resources', 'out/renderer'])
      mkdirSync(join(dir, d), { recursive: true })
    writeFileSync(join(dir, 'src/a.ts'), '')
    writeFileSync(join(dir, 'resources/a.png'), '')
    writeFileSync(join(dir, 'electron.vite.config.ts'), '')
    const old = new Date(Date.now() - 60_000)
    for (const f of ['src/a.ts', 'resources/a.png', 'electron.vite.config.ts'])
      utimesSync(join(dir, f), old, old)
    writeFileSync(join(dir, 'out/renderer/index.html'), '')
    expect(buildIfStale(dir)).toBe(false)
  })
})

// The whole CLI, as `npm start` runs it, on a machine where the download fails.
const binaryInstalled = existsSync(join(root, 'node_modules/electron/path.txt'))
if (binaryInstalled) {
  console.warn(
    "Skipping the real `launch.mjs start` test: Electron's binary is installed " +
      '(node_modules/electron/path.txt exists), so the fallback cannot be shown here.',
  )
}

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => {
        if (address && typeof address === 'object') done(address.port)
        else fail(new Error('no port'))
      })
    })
  })
}

/** Stops a detached process and everything it started. */
function killTree(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  try {
    if (process.platform === 'win32') spawn('taskkill', ['/pid', String(child.pid), '/T', '/F'])
    else process.kill(-child.pid!, 'SIGTERM')
  } catch {
    child.kill('SIGKILL')
  }
  return exited
}

describe('node scripts/launch.mjs start, when the download fails', () => {
  it.skipIf(binaryInstalled)(
    'prints the message and serves the browser edition on PORT',
    async () => {
      const port = await freePort()
      const env: Env = {
        ...process.env,
        PORT: String(port),
        RUNSTRONG_NO_BROWSER: '1',
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: temp('electron-cache-'),
      }
      delete env.ELECTRON_EXEC_PATH
      delete env.ELECTRON_OVERRIDE_DIST_PATH
      const child = spawn(process.execPath, ['scripts/launch.mjs', 'start'], {
        cwd: root,
        env,
        detached: process.platform !== 'win32',
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let output = ''
      child.stdout.on('data', (b: Buffer) => (output += b.toString()))
      child.stderr.on('data', (b: Buffer) => (output += b.toString()))
      try {
        let html = ''
        const deadline = Date.now() + 90_000
        while (Date.now() < deadline && !html.includes('<title>Runstrong</title>')) {
          if (child.exitCode !== null) {
            throw new Error(`launch.mjs exited with ${child.exitCode}:\n${output}`)
          }
          html = await fetch(`http://127.0.0.1:${port}/`)
            .then((r) => (r.ok ? r.text() : ''))
            .catch(() => '')
          if (!html) await new Promise((r) => setTimeout(r, 250))
        }
        expect(html, output).toContain('<title>Runstrong</title>')
        expect(html).toContain('id="root"')
        expect(output).toContain("Fetching Electron's binary (first start only")
        // The installer's own error comes in a word or two, not as a stack trace.
        expect(output).toMatch(
          /Electron's binary could not be downloaded \([^)\n]+\), so the desktop app cannot start\./,
        )
        expect(output).not.toMatch(/^\s+at /m)
        expect(output).toContain('ELECTRON_MIRROR')
        expect(output).toContain('npx install-electron')
        expect(output).toContain(`Starting the browser edition instead at http://127.0.0.1:${port}`)
      } finally {
        await killTree(child)
      }
    },
    120_000,
  )
})
