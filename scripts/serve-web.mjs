#!/usr/bin/env node
// Serves the built renderer (out/renderer) on localhost: the whole app in any browser.
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { preview } from 'vite'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Runstrong Remote in the browser edition: the built hub (out/main/remote-hub.js) behind
 * the page's `/api/remote`. Each page's switch and paired devices are kept in
 * RUNSTRONG_REMOTE_DIR (the system's temporary folder by default).
 */
async function remotePlugin() {
  const built = resolve(repo, 'out/main/remote-hub.js')
  if (!existsSync(built)) return []
  const { createWebRemote } = await import(pathToFileURL(built).href)
  const remote = createWebRemote({
    root: resolve(repo, 'out/renderer'),
    dataDir: process.env.RUNSTRONG_REMOTE_DIR ?? join(tmpdir(), 'runstrong-remote'),
    ...(process.env.RUNSTRONG_REMOTE_PORT
      ? { port: Number(process.env.RUNSTRONG_REMOTE_PORT) }
      : {}),
  })
  return [
    {
      name: 'runstrong-remote',
      configurePreviewServer(server) {
        server.middlewares.use((req, res, next) => {
          remote.handle(req, res).then((done) => done || next(), next)
        })
        server.httpServer.on('upgrade', (req, socket, head) => remote.upgrade(req, socket, head))
        server.httpServer.on('close', () => void remote.close())
      },
    },
  ]
}

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
    plugins: await remotePlugin(),
  })
  server.printUrls()
  console.log('Runstrong is running in the browser edition. Press Ctrl+C to stop.')
  return server
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await serveWeb()
