import { readFile } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, join } from 'node:path'
import { SECURITY_HEADERS } from './guards'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wav': 'audio/wav',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

interface ManifestChunk {
  file: string
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
  assets?: string[]
}

/** The files of `root` that the phone and TV page loads, by the build's manifest. */
const pageFiles = new Map<string, Promise<ReadonlySet<string>>>()

/**
 * Every file the phone page (`remote.html`) loads, now or later: its chunks, the chunks
 * they import (at once or on first use), their styles and sounds. Read from the build's
 * manifest once per root; no manifest, no files but the page itself.
 */
function filesOfPhonePage(root: string): Promise<ReadonlySet<string>> {
  let files = pageFiles.get(root)
  if (!files) {
    files = readFile(join(root, '.vite', 'manifest.json'), 'utf8')
      .then((text) => {
        const manifest = JSON.parse(text) as Record<string, ManifestChunk>
        const found = new Set<string>()
        const todo = ['remote.html']
        for (let key = todo.pop(); key !== undefined; key = todo.pop()) {
          const chunk = manifest[key]
          if (!chunk || found.has(chunk.file)) continue
          found.add(chunk.file)
          for (const f of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) found.add(f)
          todo.push(...(chunk.imports ?? []), ...(chunk.dynamicImports ?? []))
        }
        return found
      })
      .catch(() => new Set<string>())
    pageFiles.set(root, files)
  }
  return files
}

/**
 * The file of the built renderer that a path of the phone page names: `/` is
 * `remote.html`, `/assets/<name>` one of the files the phone page loads. Nothing else (not
 * the app's own page or its other screens) is served.
 */
export async function remoteFileFor(root: string, path: string): Promise<string | undefined> {
  if (path === '/' || path === '/remote.html') return join(root, 'remote.html')
  const m = /^\/assets\/([\w.-]+)$/.exec(path)
  if (!m || m[1]!.startsWith('.') || !TYPES[extname(m[1]!)]) return undefined
  const files = await filesOfPhonePage(root)
  return files.has(`assets/${m[1]!}`) ? join(root, 'assets', m[1]!) : undefined
}

/** Sends a file of the phone page with the app's headers; false when there is no such file. */
export async function sendRemoteFile(
  root: string,
  path: string,
  res: ServerResponse,
): Promise<boolean> {
  const file = await remoteFileFor(root, path)
  if (!file) return false
  let body: Buffer
  try {
    body = await readFile(file)
  } catch {
    return false
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': file.endsWith('.html') ? 'no-cache' : 'max-age=3600',
  })
  res.end(body)
  return true
}
