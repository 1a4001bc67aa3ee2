// The cost of one change, from setting the attribute to the call entering the tracker's
// setCustomer, for <rr-customer> and for the seed's snippet sending the same payload.
import { median } from './median.mjs';

const SIZES = [1, 10, 100, 1000];
// Each sample is the mean of several changes in a row, so that a sample spans many steps of
// the timer (5 µs) even for the snippet, which takes well under a microsecond.
const REPEATS = {
  element: { 1: 100, 10: 50, 100: 10, 1000: 2 },
  snippet: { 1: 2000, 10: 2000, 100: 1000, 1000: 100 },
};
const WARMUP = 5;
export const CHANGE_SAMPLES = 51;

/**
 * One row per size: children, element median, snippet median (ms), element / snippet, and
 * how many changes in a row each sample of the element and of the snippet averages.
 */
export async function measureChangeCost(browser, origin) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/bench/pages/change.html`);
    await page.waitForFunction(() => 'bench' in window);
    if (!(await page.evaluate(() => window.bench.crossOriginIsolated))) {
      throw new Error('bench: the change page is not cross-origin isolated; the timer would be too coarse');
    }
    if (!(await page.evaluate((sizes) => window.bench.prepare(sizes), SIZES))) {
      throw new Error('bench: <rr-customer> and the snippet did not send the same payload');
    }
    const samples = new Map(SIZES.map((size) => [size, { element: [], snippet: [] }]));
    for (let round = 0; round < WARMUP + CHANGE_SAMPLES; round++) {
      for (const size of SIZES) {
        // Alternating which goes first cancels any drift within a round.
        const order = round % 2 ? ['snippet', 'element'] : ['element', 'snippet'];
        for (const contender of order) {
          const ms = await page.evaluate((c, s, r) => window.bench.time(c, s, r), contender, size, REPEATS[contender][size]);
          if (round >= WARMUP) samples.get(size)[contender].push(ms);
        }
      }
    }
    return SIZES.map((size) => {
      const element = median(samples.get(size).element);
      const snippet = median(samples.get(size).snippet);
      const repeats = `${REPEATS.element[size].toLocaleString('en-US')} / ${REPEATS.snippet[size].toLocaleString('en-US')}`;
      return [size, element, snippet, element / snippet, repeats];
    });
  } finally {
    await page.close();
  }
}
