#!/usr/bin/env node
// Serves the built renderer (out/renderer) on localhost: the whole app in any browser.
import { preview } from 'vite'

const port = Number(process.env.PORT ?? 4173)
const server = await preview({
  root: 'src/renderer',
  build: { outDir: '../../out/renderer' },
  preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  configFile: false,
})
server.printUrls()
console.log('Runstrong is running in the browser edition. Press Ctrl+C to stop.')
