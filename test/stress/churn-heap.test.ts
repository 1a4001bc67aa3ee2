import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { heapUsage, type HeapUsage } from '../support/heap-usage.js';
import { CHURN_CYCLES as CYCLES, CHURN_WARM_UP as WARM_UP, churnCycle } from '../support/churn-cycle.js';
import { freshTracker } from '../support/page.js';

/**
 * How far the heap may end above where it began, after 10,000 cycles.
 *
 * 1 MB is 100 bytes a cycle. Whatever a cycle could leak is bigger than that: an element
 * kept alive costs about 1 KB of JS heap and 7 DOM nodes (measured by planting one: +9.9 MB
 * over the run), and even a leaked closure or payload string costs 100 bytes or more. The
 * noise is far smaller: after a forced collection the heap ends within about 10 KB of where
 * it began (see the printed figures).
 */
const HEAP_BOUND_BYTES = 1_000_000;
/** DOM nodes may differ by a few (the runner's own page), never by one per cycle. */
const NODE_BOUND = 50;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// Chromium only, by the runner's configuration (web-test-runner.config.mjs): the forced
// collection and the heap reading go over Chromium's DevTools protocol, which the other
// engines lack. churn.test.ts checks the element's own bookkeeping in every engine.
describe("churn, on Chromium's heap", () => {
  it(`${CYCLES.toLocaleString('en')} cycles of create, connect, change and disconnect leave the heap where it began`, async function () {
    this.timeout(90_000);
    const tracker = freshTracker();
    tracker.load();
    const host = document.createElement('div');
    document.body.append(host);
    let calls = 0;

    // JIT, lit's shared state and the constructed stylesheet settle in before the first reading.
    for (let index = 0; index < WARM_UP; index += 1) await churnCycle(host, tracker, -1 - index);
    const before: HeapUsage = await heapUsage();
    const started = performance.now();
    for (let index = 0; index < CYCLES; index += 1) calls += await churnCycle(host, tracker, index);
    const seconds = (performance.now() - started) / 1000;
    host.remove();
    const after: HeapUsage = await heapUsage();

    const grown = after.usedSize - before.usedSize;
    console.log(
      `churn: ${CYCLES} cycles in ${seconds.toFixed(1)} s; JS heap ${kb(before.usedSize)} -> ${kb(after.usedSize)} ` +
        `(${grown >= 0 ? '+' : ''}${kb(grown)}, bound ${kb(HEAP_BOUND_BYTES)}); DOM nodes ${before.nodes} -> ${after.nodes}; ` +
        `listeners ${before.jsEventListeners} -> ${after.jsEventListeners}; ${calls} calls`,
    );
    expect(calls, 'two calls a cycle, none while detached').to.equal(2 * CYCLES);
    expect(grown).to.be.below(HEAP_BOUND_BYTES);
    expect(after.nodes - before.nodes).to.be.below(NODE_BOUND);
    expect(after.jsEventListeners - before.jsEventListeners).to.be.below(NODE_BOUND);
  });
});
