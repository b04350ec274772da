// Counts every test the two runners ran, from their JSON reports, for the closing line.

/**
 * Passed, failed and skipped over Vitest's and Playwright's JSON reports. A missing report
 * counts as one failure; so does a test file that failed without a failing test (it did
 * not load, or a hook threw) and an error outside any end-to-end test (a spec that did not
 * load), since neither runner counts those among its failed tests.
 */
export function countResults(unit, e2e) {
  let passed = 0
  let failed = 0
  let skipped = 0
  if (unit) {
    passed += unit.numPassedTests
    failed += unit.numFailedTests
    skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0)
    failed += (unit.testResults ?? []).filter(
      (f) =>
        f.status === 'failed' && !(f.assertionResults ?? []).some((t) => t.status === 'failed'),
    ).length
  } else failed += 1
  if (e2e) {
    const s = e2e.stats
    passed += s.expected + (s.flaky ?? 0)
    failed += s.unexpected
    skipped += s.skipped
    failed += (e2e.errors ?? []).length
  } else failed += 1
  return { passed, failed, skipped }
}
