// Calls that reach the tracker for a burst of attribute changes made in one task.
const CHANGES = 100;

/**
 * One row: changes, calls from <rr-customer>, calls from Retail Rocket's snippet.
 * @param {import('./browser.mjs').BenchEngine} engine
 * @param {string} origin
 */
export async function measureBurst(engine, origin) {
  const page = await engine.newPage();
  try {
    await page.goto(`${origin}/bench/pages/change.html`);
    await page.waitForFunction(() => 'bench' in window);
    const calls = await page.evaluate((count) => window.bench.burst(count), CHANGES);
    return [CHANGES, calls.element, calls.snippet];
  } finally {
    await page.close();
  }
}
