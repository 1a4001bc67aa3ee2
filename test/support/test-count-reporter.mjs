/**
 * Prints the plain `N passed, N failed` line that CI reads, counting every test of every
 * browser session in every engine, nested suites included, after a line per engine.
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
      /** @type {Map<string, typeof tally>} */
      const byBrowser = new Map();
      for (const session of sessions) {
        const own = { passed: 0, failed: 0, skipped: 0 };
        count(session.testResults, own);
        // A file that failed to load has no test results, and must not pass unseen.
        const results = session.testResults;
        if (!session.passed && !results?.tests.length && !results?.suites.length) own.failed += 1;
        const browser = byBrowser.get(session.browser.name) ?? { passed: 0, failed: 0, skipped: 0 };
        for (const key of /** @type {const} */ (['passed', 'failed', 'skipped'])) {
          tally[key] += own[key];
          browser[key] += own[key];
        }
        byBrowser.set(session.browser.name, browser);
      }
      const each = [...byBrowser].map(([name, { passed, failed }]) => `${name} ${passed} passed, ${failed} failed`);
      console.log(`\nbrowser, each engine: ${each.join('; ')}`);
      console.log(`browser: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
    },
  };
}
