// The cost of one change, from setting the attribute to the call entering the tracker's
// setCustomer, for <rr-customer>, for a hand-written script that reads the same markup and
// validates it with zod/mini, and for Retail Rocket's snippet sending the same payload.
import { median } from './median.mjs';

const SIZES = [1, 10, 100, 1000, 10000];
const CONTENDERS = /** @type {const} */ (['element', 'zod', 'snippet']);
// Each sample is the mean of several changes in a row, so that a sample spans many steps of
// the timer even for the snippet, which takes well under a microsecond. These counts are for
// a 5 µs timer (Chromium's, cross-origin isolated); a coarser one gets proportionally more.
const REPEATS = {
  element: { 1: 100, 10: 50, 100: 10, 1000: 2, 10000: 1 },
  zod: { 1: 200, 10: 200, 100: 50, 1000: 5, 10000: 1 },
  snippet: { 1: 2000, 10: 2000, 100: 1000, 1000: 100, 10000: 20 },
};
// The same element with its custom data as a `customData` property of this many keys.
const KEYS = [100, 1000, 10000];
const KEY_REPEATS = { 100: 10, 1000: 2, 10000: 1 };
const BASE_STEP_MS = 0.005;
const WARMUP = 5;
export const CHANGE_SAMPLES = 51;

/**
 * One row per size: children, the element's, the zod script's and the snippet's medians (ms),
 * element / zod script, element / snippet, and how many changes in a row each sample averages.
 * Also the engine's timer step (ms).
 * @param {import('./browser.mjs').BenchEngine} engine
 * @param {string} origin
 */
export async function measureChangeCost(engine, origin) {
  const page = await engine.newPage();
  try {
    await page.goto(`${origin}/bench/pages/change.html`);
    await page.waitForFunction(() => 'bench' in window);
    if (!(await page.evaluate(() => window.bench.crossOriginIsolated))) {
      throw new Error(
        `bench: the change page is not cross-origin isolated in ${engine.name}; the timer would be too coarse`,
      );
    }
    const step = await page.evaluate(() => window.bench.timerStep());
    const scale = Math.max(1, Math.round(step / BASE_STEP_MS));
    const repeats = (contender, size) => REPEATS[contender][size] * scale;
    if (!(await page.evaluate((sizes) => window.bench.prepare(sizes), SIZES))) {
      throw new Error(
        `bench: <rr-customer>, the zod script and the snippet did not send the same payload in ${engine.name}`,
      );
    }
    const samples = new Map(SIZES.map((size) => [size, { element: [], zod: [], snippet: [] }]));
    for (let round = 0; round < WARMUP + CHANGE_SAMPLES; round++) {
      for (const size of SIZES) {
        // Rotating which goes first cancels any drift within a round.
        for (let turn = 0; turn < CONTENDERS.length; turn++) {
          const contender = CONTENDERS[(round + turn) % CONTENDERS.length];
          const ms = await page.evaluate(
            (c, s, r) => window.bench.time(c, s, r),
            contender,
            size,
            repeats(contender, size),
          );
          if (round >= WARMUP) samples.get(size)[contender].push(ms);
        }
      }
    }
    const rows = SIZES.map((size) => {
      const [element, zod, snippet] = CONTENDERS.map((contender) => median(samples.get(size)[contender]));
      const counts = CONTENDERS.map((contender) => repeats(contender, size).toLocaleString('en-US')).join(' / ');
      return [size, element, zod, snippet, element / zod, element / snippet, counts];
    });
    return { step, rows };
  } finally {
    await page.close();
  }
}

/**
 * One row per number of `customData` keys: keys, the element's median (ms), and the median per
 * 1,000 keys, which stays level while the cost is linear. Also the engine's timer step (ms).
 * @param {import('./browser.mjs').BenchEngine} engine
 * @param {string} origin
 */
export async function measureKeysCost(engine, origin) {
  const page = await engine.newPage();
  try {
    await page.goto(`${origin}/bench/pages/change.html`);
    await page.waitForFunction(() => 'bench' in window);
    const step = await page.evaluate(() => window.bench.timerStep());
    const scale = Math.max(1, Math.round(step / BASE_STEP_MS));
    await page.evaluate((keys) => window.bench.prepareKeys(keys), KEYS);
    const samples = new Map(KEYS.map((keys) => [keys, []]));
    for (let round = 0; round < WARMUP + CHANGE_SAMPLES; round++) {
      for (const keys of KEYS) {
        const ms = await page.evaluate((k, r) => window.bench.time('keys', k, r), keys, KEY_REPEATS[keys] * scale);
        if (round >= WARMUP) samples.get(keys).push(ms);
      }
    }
    return KEYS.map((keys) => {
      const ms = median(samples.get(keys));
      return [keys, ms, (ms / keys) * 1000];
    });
  } finally {
    await page.close();
  }
}
