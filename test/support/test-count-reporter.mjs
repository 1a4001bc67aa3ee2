/**
 * Prints the plain `N passed, N failed` line that CI reads, counting every test of every
 * browser session, nested suites included.
 * @returns {import('@web/test-runner').Reporter}
 */
export function testCountReporter() {
  /**
   * @param {import('@web/test-runner').TestSuiteResult | undefined} suite
   * @param {{ passed: number, failed: number, skipped: number }} tally
   */
  const count = (suite, tally) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) tally.skipped += 1;
      else if (test.passed) tally.passed += 1;
      else tally.failed += 1;
    }
    for (const child of suite?.suites ?? []) count(child, tally);
    return tally;
  };
  return {
    onTestRunFinished({ sessions }) {
      const tally = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, tally);
        // A file that failed to load has no test results, and must not pass unseen.
        const results = session.testResults;
        if (!session.passed && !results?.tests.length && !results?.suites.length) tally.failed += 1;
      }
      console.log(`\nbrowser: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
    },
  };
}
