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
 * the page's `/api/remote`. Each page's switch, hub port and paired devices are kept in
 * RUNSTRONG_REMOTE_DIR (the system's temporary folder by default), so the next run serves
 * its phones at the same address. RUNSTRONG_REMOTE_PORT is the port for a page with none yet.
 */
async function remotePlugin() {
  const built = resolve(repo, 'out/main/remote-hub.js')
  if (!existsSync(built)) return [pageGuardOnly()]
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
        // First of all: security headers on everything, and only this machine's requests
        // to the page's own address (a page under another name is refused).
        server.middlewares.use((req, res, next) => {
          if (remote.guard(req, res)) return
          remote.handle(req, res).then((done) => done || next(), next)
        })
        // Every upgrade is the remote's to take or refuse: none is left open.
        server.httpServer.on('upgrade', (req, socket, head) => remote.upgrade(req, socket, head))
        server.httpServer.on('close', () => void remote.close())
      },
    },
  ]
}

/** Without the built hub: no upgrade is taken, and none is left open. */
function pageGuardOnly() {
  return {
    name: 'runstrong-page-guard',
    configurePreviewServer(server) {
      server.httpServer.on('upgrade', (_req, socket) => socket.destroy())
    },
  }
}

/**
 * Serves out/renderer on 127.0.0.1:`port` and prints where. With `open`, Vite opens the
 * default browser there (a missing opener is logged by Vite, never thrown).
 */
export async function serveWeb({ port = Number(process.env.PORT ?? 4173), open = false } = {}) {
  const plugins = await remotePlugin()
  const guarded = plugins.some((p) => p.name === 'runstrong-remote')
  const server = await preview({
    root: resolve(repo, 'src/renderer'),
    build: { outDir: resolve(repo, 'out/renderer') },
    // No CORS: no other page, local or not, may read what this server answers. Where the
    // remote's guard checks the Host (stricter: this port's own names only, 421 and closed),
    // Vite's looser check stands aside.
    preview: {
      port,
      strictPort: true,
      host: '127.0.0.1',
      open,
      cors: false,
      ...(guarded ? { allowedHosts: true } : {}),
    },
    configFile: false,
    plugins,
  })
  server.printUrls()
  console.log('Runstrong is running in the browser edition. Press Ctrl+C to stop.')
  return server
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await serveWeb()
