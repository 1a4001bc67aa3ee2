import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { heapUsage, type HeapUsage } from '../support/heap-usage.js';
import { nextTask } from '../support/next-task.js';
import { freshTracker } from '../support/page.js';

const CYCLES = 10_000;
const WARM_UP = 500;

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
describe('churn, on Chromium\'s heap', () => {
  it(`${CYCLES.toLocaleString('en')} cycles of create, connect, change and disconnect leave the heap where it began`, async function () {
    this.timeout(90_000);
    const tracker = freshTracker();
    tracker.load();
    const host = document.createElement('div');
    document.body.append(host);
    let calls = 0;

    // One cycle: a new element with children sends, sends again when it changes, is removed,
    // and changes once more while away (which must send nothing).
    const cycle = async (index: number) => {
      const element = document.createElement('rr-customer');
      element.setAttribute('customer-id', `churn-${index}`);
      element.innerHTML = '<rr-soft-link name="card" value="1"></rr-soft-link><rr-custom-data name="tier" value="gold"></rr-custom-data>';
      host.append(element);
      await nextTask();
      element.setAttribute('default-stock-id', 'msk');
      element.querySelector('rr-soft-link')?.setAttribute('value', '2');
      element.customData = { visits: String(index) };
      await nextTask();
      element.remove();
      element.setAttribute('default-stock-id', 'spb');
      element.querySelector('rr-custom-data')?.setAttribute('value', 'silver');
      await nextTask();
      // The tracker's record of payloads is the test's, not the element's: keep it from growing.
      calls += tracker.calls.length;
      tracker.calls.length = 0;
    };

    // JIT, lit's shared state and the constructed stylesheet settle in before the first reading.
    for (let index = 0; index < WARM_UP; index += 1) await cycle(-1 - index);
    calls = 0;
    const before: HeapUsage = await heapUsage();
    const started = performance.now();
    for (let index = 0; index < CYCLES; index += 1) await cycle(index);
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
