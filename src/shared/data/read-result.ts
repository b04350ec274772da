/** What reading stored data gives: the value, or why not with whatever could be read. */
export type ReadResult<T> = { ok: true; value: T } | { ok: false; reason: string; partial?: T }
