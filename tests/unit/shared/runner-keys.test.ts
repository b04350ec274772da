import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RUNNER_KEYS } from '@shared/engine/runner-keys'

const readme = readFileSync(resolve(__dirname, '../../../README.md'), 'utf8')

/** The rows of the README's "Using the runner" key table: key, button, what it does. */
function readmeKeys(): string[][] {
  const section = readme.split('## Using the runner')[1]?.split('\n\n')[1] ?? ''
  return section
    .split('\n')
    .slice(2)
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    )
}

describe('the runner’s keys', () => {
  it('are the ones the README tells, in its order and words', () => {
    expect(readmeKeys()).toEqual(RUNNER_KEYS.map((k) => [k.shown, k.button, k.does]))
  })
})
