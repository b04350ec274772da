import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { protocol } from 'electron'
import { pageCsp } from '@shared/csp'

/** Our pages' scheme and origin: pages come from here, never from `file://`. */
export const APP_SCHEME = 'app'
export const APP_ORIGIN = 'app://runstrong'

/** The Content-Security-Policy header of every page (the page's meta tag has the rest). */
export const CSP = pageCsp()

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wav': 'audio/wav',
  '.woff2': 'font/woff2',
}

/** Must run before the app is ready: makes `app:` a standard, secure scheme. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ])
}

/** The file under `root` an `app://runstrong/...` URL names; null for anything else. */
export function resolveAppPath(root: string, url: string): string | null {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return null
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== 'runstrong') return null
  let path: string
  try {
    path = decodeURIComponent(u.pathname)
  } catch {
    return null
  }
  const base = normalize(root)
  const file = normalize(join(base, path === '/' ? 'index.html' : path))
  return file.startsWith(base + sep) ? file : null
}

/** The response for one request: the file with its type and the CSP, or 404. */
export async function serveAppFile(root: string, url: string): Promise<Response> {
  const file = resolveAppPath(root, url)
  if (!file) return new Response('Not found', { status: 404 })
  try {
    const body = await readFile(file)
    return new Response(body, {
      headers: {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
      },
    })
  } catch {
    return new Response('Not found', { status: 404 })
  }
}

/** Serves the built renderer at `app://runstrong/`. */
export function setupProtocol(root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppFile(root, request.url))
}
