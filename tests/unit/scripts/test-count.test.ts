import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain script without type declarations
import { countResults } from '../../../scripts/test-count.mjs'

const count = countResults as (
  unit: unknown,
  e2e: unknown,
) => { passed: number; failed: number; skipped: number }

const unit = (files: { status: string; tests: string[] }[]) => ({
  numPassedTests: files.flatMap((f) => f.tests).filter((t) => t === 'passed').length,
  numFailedTests: files.flatMap((f) => f.tests).filter((t) => t === 'failed').length,
  numPendingTests: 0,
  numTodoTests: 0,
  testResults: files.map((f) => ({
    status: f.status,
    assertionResults: f.tests.map((status) => ({ status })),
  })),
})
const e2e = (expected: number, unexpected: number, errors: unknown[] = []) => ({
  stats: { expected, unexpected, skipped: 0, flaky: 0 },
  errors,
})

describe('the closing count', () => {
  it('adds both runners’ tests', () => {
    expect(count(unit([{ status: 'passed', tests: ['passed', 'passed'] }]), e2e(3, 0))).toEqual({
      passed: 5,
      failed: 0,
      skipped: 0,
    })
  })

  it('counts a test file that did not load, which Vitest leaves out of its failed tests', () => {
    const r = count(
      unit([
        { status: 'failed', tests: [] },
        { status: 'passed', tests: ['passed'] },
      ]),
      e2e(1, 0),
    )
    expect(r.failed).toBe(1)
  })

  it('does not count a file twice when its tests failed', () => {
    expect(count(unit([{ status: 'failed', tests: ['failed', 'passed'] }]), e2e(0, 0)).failed).toBe(
      1,
    )
  })

  it('counts an end-to-end error outside any test, and a missing report', () => {
    expect(count(unit([]), e2e(2, 0, [{ message: 'spec did not load' }])).failed).toBe(1)
    expect(count(null, null).failed).toBe(2)
  })
})
