// Calls that reach the tracker for a burst of attribute changes made in one task.
const CHANGES = 100;

/** One row: changes, calls from <rr-customer>, calls from the seed's snippet. */
export async function measureBurst(browser, origin) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/bench/pages/change.html`);
    await page.waitForFunction(() => 'bench' in window);
    const calls = await page.evaluate((count) => window.bench.burst(count), CHANGES);
    return [CHANGES, calls.element, calls.snippet];
  } finally {
    await page.close();
  }
}
