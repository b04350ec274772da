import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { metaCsp } from './src/shared/csp'
import { FIT_MESSAGES, profileSubset, type FitProfile } from './src/shared/training/fit-profile'

/** Writes the page's CSP into its meta tag: the strict one in a build, Vite's needs in dev. */
function pageCsp(): Plugin {
  let dev = false
  return {
    name: 'runstrong-csp',
    configResolved: (config) => {
      dev = config.command === 'serve'
    },
    transformIndexHtml: (html) => html.replace('%RUNSTRONG_CSP%', metaCsp({ dev })),
  }
}

/**
 * The first screen's code in two chunks rather than a dozen (fewer, larger files compress
 * better): what the app's entry imports statically goes in `common` where the phone page
 * (the other entry) imports it too, else in `first`, which the phone page never loads. What
 * the entry imports dynamically (other screens, each edition's platform) keeps its chunks,
 * but for the stores' readers (`readers`, fetched at start when page storage holds data): what
 * they import beyond the first screen goes in `schemas` where the phone page imports it too
 * (zod, the circuit format), else in `readers`.
 */
function firstScreenChunks(entry: string, phone: string, readers: string) {
  const imports = new Map<string, readonly string[]>()
  const reach = (from: string) => {
    const seen = new Set<string>()
    const todo = [from]
    for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
      if (seen.has(id)) continue
      seen.add(id)
      todo.push(...(imports.get(id) ?? []))
    }
    return seen
  }
  // Worked out on a build's first question, when every module has been parsed; anew for
  // each build (a watching build parses again).
  let sets: { app: Set<string>; phone: Set<string>; readers: Set<string> } | undefined
  const reached = () =>
    (sets ??= { app: reach(entry), phone: reach(phone), readers: reach(readers) })
  const inGroup = (shared: boolean) => (id: string) => {
    const { app, phone } = reached()
    return app.has(id) && phone.has(id) === shared
  }
  const inReaders = (shared: boolean) => (id: string) => {
    const { app, phone, readers } = reached()
    return readers.has(id) && !app.has(id) && phone.has(id) === shared
  }
  const plugin: Plugin = {
    name: 'runstrong-first-screen-chunks',
    buildStart: () => {
      imports.clear()
      sets = undefined
    },
    moduleParsed: (info) => {
      imports.set(info.id, info.importedIds)
    },
  }
  const groups = [
    { name: 'common', test: inGroup(true), includeDependenciesRecursively: false },
    { name: 'first', test: inGroup(false), includeDependenciesRecursively: false },
    { name: 'schemas', test: inReaders(true), includeDependenciesRecursively: false },
    { name: 'readers', test: inReaders(false), includeDependenciesRecursively: false },
  ]
  return { plugin, groups }
}

/**
 * Garmin's FIT profile cut to the messages Runstrong writes (`fit-profile.ts`): the SDK's
 * whole profile is 61 KB of gzipped JS, the part a session's file needs a fraction of it.
 * Read from the SDK itself at build time, so an SDK update brings its own definitions.
 */
function fitProfileSubset(): Plugin {
  const profileFile = /[\\/]@garmin[\\/]fitsdk[\\/]src[\\/]profile\.js$/
  return {
    name: 'runstrong-fit-profile',
    load: async (id) => {
      if (!profileFile.test(id)) return null
      const { default: profile } = (await import(pathToFileURL(id).href)) as {
        default: FitProfile
      }
      const subset = profileSubset(profile, FIT_MESSAGES)
      const json = JSON.stringify(subset)
      // Plain data only: what JSON cannot carry would be lost without a word.
      if (!isDeepStrictEqual(JSON.parse(json), subset))
        throw new Error('The FIT profile holds values JSON cannot carry: cut it another way')
      return `export default JSON.parse(${JSON.stringify(json)})`
    },
  }
}

const shared = { '@shared': resolve(import.meta.dirname, 'src/shared') }

const firstScreen = firstScreenChunks(
  resolve(import.meta.dirname, 'src/renderer/src/main.tsx'),
  resolve(import.meta.dirname, 'src/renderer/src/remote/main.tsx'),
  resolve(import.meta.dirname, 'src/shared/data/store-files.ts'),
)

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      outDir: 'out/main',
      // Everything main runs is in its bundle (ws, qrcode, zod), so the
      // packaged app carries no node_modules: the asar holds only what runs. ws's optional
      // native speed-ups are left out (it falls back to plain JavaScript without them).
      externalizeDeps: false,
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          // The phone remote's server alone, which `npm run web` also runs (no Electron in it).
          'remote-hub': resolve(import.meta.dirname, 'src/main/remote/web-remote.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].js' },
        external: ['electron', 'bufferutil', 'utf-8-validate'],
      },
    },
  },
  preload: {
    resolve: { alias: shared },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file with nothing left to require.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    base: './',
    resolve: {
      alias: [
        ...Object.entries(shared).map(([find, replacement]) => ({ find, replacement })),
        { find: '@renderer', replacement: resolve(import.meta.dirname, 'src/renderer/src') },
        // The calendar library (`ics`, CommonJS, loaded on the Week screen's Add to calendar)
        // requires yup and nanoid, whose browser builds are ESM: a require of ESM brings two
        // runtime helpers into the runtime chunk every first screen loads. Their CommonJS
        // builds need none (nanoid's without crypto: ics asks it only for the event ids that
        // Runstrong always gives).
        { find: /^yup$/, replacement: resolve(import.meta.dirname, 'node_modules/yup/index.js') },
        {
          find: /^nanoid$/,
          replacement: resolve(import.meta.dirname, 'node_modules/nanoid/non-secure/index.cjs'),
        },
      ],
    },
    plugins: [react(), pageCsp(), firstScreen.plugin, fitProfileSubset()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      assetsInlineLimit: 0,
      // The hub serves the phone page's files only, read from here (static-files.ts).
      manifest: true,
      minify: true,
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/renderer/index.html'),
          // The phone and TV page: a small page of its own, so phones do not load the app.
          remote: resolve(import.meta.dirname, 'src/renderer/remote.html'),
        },
        output: { codeSplitting: { groups: firstScreen.groups } },
      },
    },
  },
})
