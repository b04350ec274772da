/** The error code of a failed file operation, such as `ENOSPC`; undefined when there is none. */
export function codeOf(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined
}
