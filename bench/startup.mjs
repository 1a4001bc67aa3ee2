// The time from the script tag to the first call reaching the tracker, over fresh page
// loads of the module build, the classic build and Retail Rocket's snippet, interleaved.
import { median } from './median.mjs';

const CONTENDERS = [
  { name: 'module build (dist/rr-customer.js)', page: 'startup-module.html' },
  { name: 'classic build (dist/rr-customer.iife.js)', page: 'startup-iife.html' },
  { name: "Retail Rocket's snippet", page: 'startup-snippet.html' },
];
const WARMUP = 3;
export const STARTUP_SAMPLES = 41;

const canonical = (value) =>
  JSON.stringify(value, (_, part) =>
    part && typeof part === 'object' && !Array.isArray(part) ? Object.fromEntries(Object.entries(part).sort()) : part,
  );

async function load(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.benchFirstCall !== undefined);
  return page.evaluate(() => ({
    ms: window.benchFirstCall - window.benchStart,
    calls: window.standInTracker.calls,
    isolated: window.crossOriginIsolated,
  }));
}

/**
 * One row per contender: name, median ms, ms later than the snippet, ratio to the snippet.
 * @param {import('./browser.mjs').BenchEngine} engine
 * @param {string} origin
 */
export async function measureStartup(engine, origin) {
  const page = await engine.newPage();
  try {
    const samples = CONTENDERS.map(() => []);
    let firstPayload;
    for (let round = 0; round < WARMUP + STARTUP_SAMPLES; round++) {
      // Rotating the order cancels drift and any advantage of going first or last.
      for (let turn = 0; turn < CONTENDERS.length; turn++) {
        const index = (round + turn) % CONTENDERS.length;
        const result = await load(page, `${origin}/bench/pages/${CONTENDERS[index].page}`);
        if (!result.isolated) throw new Error(`bench: the startup page is not cross-origin isolated in ${engine.name}`);
        if (result.calls.length !== 1)
          throw new Error(`bench: ${CONTENDERS[index].page} made ${result.calls.length} calls, not 1`);
        firstPayload ??= canonical(result.calls[0]);
        if (canonical(result.calls[0]) !== firstPayload)
          throw new Error(`bench: ${CONTENDERS[index].page} sent another payload`);
        if (round >= WARMUP) samples[index].push(result.ms);
      }
    }
    const medians = samples.map(median);
    const snippet = medians[CONTENDERS.length - 1];
    return CONTENDERS.map((contender, index) => [
      contender.name,
      medians[index],
      medians[index] - snippet,
      medians[index] / snippet,
    ]);
  } finally {
    await page.close();
  }
}
