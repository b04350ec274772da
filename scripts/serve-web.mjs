#!/usr/bin/env node
// Serves the built renderer (out/renderer) on localhost: the whole app in any browser.
import { dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { preview } from 'vite'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Serves out/renderer on 127.0.0.1:`port` and prints where. With `open`, Vite opens the
 * default browser there (a missing opener is logged by Vite, never thrown).
 */
export async function serveWeb({ port = Number(process.env.PORT ?? 4173), open = false } = {}) {
  const server = await preview({
    root: resolve(repo, 'src/renderer'),
    build: { outDir: resolve(repo, 'out/renderer') },
    preview: { port, strictPort: true, host: '127.0.0.1', open },
    configFile: false,
  })
  server.printUrls()
  console.log('Runstrong is running in the browser edition. Press Ctrl+C to stop.')
  return server
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await serveWeb()
