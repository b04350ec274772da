/**
 * Word runs of a text, hashed, so a test can tell whether our wording repeats the article
 * without the article's text being kept in this repository.
 */
import { createHash } from 'node:crypto'

/** The shortest and longest runs the fixture holds, in words. */
export const RUN_WORDS = { min: 3, max: 8 } as const

/** A text as lower-case words, punctuation and curly quotes folded away. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
}

/** The short hash of one run of words, as the fixture stores it. */
export function runHash(words: readonly string[]): string {
  return createHash('sha1').update(words.join(' ')).digest('hex').slice(0, 10)
}

/** Every run of `n` consecutive words in `words`. */
export function runsOf(words: readonly string[], n: number): string[][] {
  const out: string[][] = []
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n))
  return out
}
