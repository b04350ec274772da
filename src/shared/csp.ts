/**
 * The Content-Security-Policy of every Runstrong page, in one place: the desktop app sends it
 * as a header, and the built page carries it in a meta tag for the browser edition.
 */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['media-src', "'self' data: blob:"],
  ['connect-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
]

/**
 * What the dev server needs on top: React Refresh's inline preamble, the styles Vite injects,
 * and its hot-reload socket. Never in a build.
 */
const DEV_EXTRA: Readonly<Record<string, string>> = {
  'script-src': "'unsafe-inline'",
  'style-src': "'unsafe-inline'",
  'connect-src': 'ws: wss:',
}

/** The policy as a header value: every directive. */
export function pageCsp(options: { dev?: boolean } = {}): string {
  return DIRECTIVES.map(([name, value]) => {
    const extra = options.dev ? DEV_EXTRA[name] : undefined
    return `${name} ${extra ? `${value} ${extra}` : value}`
  }).join('; ')
}

/** The policy for a meta tag: browsers ignore `frame-ancestors` there, and say so. */
export function metaCsp(options: { dev?: boolean } = {}): string {
  return pageCsp(options)
    .split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ')
}
