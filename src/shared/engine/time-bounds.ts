/** The latest time a JavaScript date can hold, in ms since the epoch: every stored time's bound. */
export const MAX_DATE_MS = 8_640_000_000_000_000
