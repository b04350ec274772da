import { readFile } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, join } from 'node:path'
import { pageCsp } from '@shared/csp'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wav': 'audio/wav',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

/**
 * The file of the built renderer that a path of the phone page names: `/` is
 * `remote.html`, `/assets/<name>` its scripts, styles and sounds. Nothing else (not the
 * app's own page) is served.
 */
export function remoteFileFor(root: string, path: string): string | undefined {
  if (path === '/' || path === '/remote.html') return join(root, 'remote.html')
  const m = /^\/assets\/([\w.-]+)$/.exec(path)
  if (!m || m[1]!.startsWith('.') || !TYPES[extname(m[1]!)]) return undefined
  return join(root, 'assets', m[1]!)
}

/** Sends a file of the phone page with the app's CSP; false when there is no such file. */
export async function sendRemoteFile(
  root: string,
  path: string,
  res: ServerResponse,
): Promise<boolean> {
  const file = remoteFileFor(root, path)
  if (!file) return false
  let body: Buffer
  try {
    body = await readFile(file)
  } catch {
    return false
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': pageCsp(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': file.endsWith('.html') ? 'no-cache' : 'max-age=3600',
  })
  res.end(body)
  return true
}
