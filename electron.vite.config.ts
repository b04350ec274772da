import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { metaCsp } from './src/shared/csp'

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

const shared = { '@shared': resolve(import.meta.dirname, 'src/shared') }

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          // The phone remote's server alone, which `npm run web` also runs (no Electron in it).
          'remote-hub': resolve(import.meta.dirname, 'src/main/remote/web-remote.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].js' },
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
      alias: { ...shared, '@renderer': resolve(import.meta.dirname, 'src/renderer/src') },
    },
    plugins: [react(), pageCsp()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      assetsInlineLimit: 0,
      minify: true,
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/renderer/index.html'),
          // The phone and TV page: a small page of its own, so phones do not load the app.
          remote: resolve(import.meta.dirname, 'src/renderer/remote.html'),
        },
      },
    },
  },
})
