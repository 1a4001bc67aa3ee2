// Counts what the page holds (bookkeeping.ts) before the element's code is loaded.
import { pageBookkeeping, type Bookkeeping } from '../support/bookkeeping.js';
import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { CHURN_CYCLES as CYCLES, CHURN_WARM_UP as WARM_UP, churnCycle } from '../support/churn-cycle.js';
import { freshTracker } from '../support/page.js';

/** One element in this many is watched through a WeakRef, to see that the page lets it go. */
const WATCH_EVERY = 50;
/** Globals a browser's driver adds when it first scripts the page: WebKitWebDriver's. */
const DRIVER_GLOBALS = ['Symbol(automationSessionProxy)'];

/**
 * The element's own bookkeeping after churn, in every engine: the heap itself can only be read
 * in Chromium, after a forced collection (churn-heap.test.ts). Here the page must end holding
 * what it began with: no listener on the window, the document or a node in it, no observer
 * still observing, no interval, no new global, no node left in the document; and the removed
 * elements must be free to go, which the engine shows by collecting them.
 */
describe('churn, in every engine', () => {
  it(`${CYCLES.toLocaleString('en')} cycles of create, connect, change and disconnect leave the page's bookkeeping where it began`, async function () {
    this.timeout(180_000);
    const tracker = freshTracker();
    tracker.load();
    const host = document.createElement('div');
    document.body.append(host);
    let calls = 0;
    const watched: WeakRef<Element>[] = [];

    const watch = (index: number) => (element: Element) => {
      if (index % WATCH_EVERY === 0) watched.push(new WeakRef(element));
    };

    for (let index = 0; index < WARM_UP; index += 1) await churnCycle(host, tracker, -1 - index);
    const before: Bookkeeping = pageBookkeeping();
    const globalsBefore = new Set(Reflect.ownKeys(window));
    const started = performance.now();
    for (let index = 0; index < CYCLES; index += 1) calls += await churnCycle(host, tracker, index, watch(index));
    const seconds = (performance.now() - started) / 1000;
    const after: Bookkeeping = pageBookkeeping();
    const newGlobals = Reflect.ownKeys(window)
      .filter((key) => !globalsBefore.has(key))
      .map(String)
      .filter((name) => !DRIVER_GLOBALS.includes(name));
    host.remove();

    // No engine lets a page force a collection; garbage of its own makes one come. Garbage
    // that dies young is swept by V8's minor collections alone, which never free an element
    // that has grown old: so each batch is kept alive across a few rounds, long enough to be
    // promoted, and the old generation's growth brings major collections. Gecko
    // frees an element with a shadow root only in its cycle collector, which runs some
    // seconds later. A WeakRef's target stays alive until the task that read it ends, so each
    // count is read in a new task.
    const collected = () => watched.filter((ref) => ref.deref() === undefined).length;
    // One element held per cycle would keep every one; an engine that scans its stack
    // conservatively (JavaScriptCore) may keep a few. The wait ends when every one is gone, or
    // enough are and no more go for 2 s, or at the deadline.
    const needed = Math.ceil(watched.length * 0.9);
    const waitStart = performance.now();
    const deadline = waitStart + 45_000;
    let dropped = collected();
    let lastDrop = waitStart;
    const aging: unknown[][][] = [];
    while (
      dropped < watched.length &&
      performance.now() < deadline &&
      !(dropped >= needed && performance.now() - lastDrop > 2000)
    ) {
      aging.push(Array.from({ length: 200 }, () => new Array(10_000).fill(dropped)));
      if (aging.length > 3) aging.shift();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const now = collected();
      if (now > dropped) lastDrop = performance.now();
      dropped = now;
    }
    aging.length = 0;
    const waited = (performance.now() - waitStart) / 1000;

    const change = (key: keyof Bookkeeping) => `${key} ${before[key]} -> ${after[key]}`;
    console.log(
      `churn: ${CYCLES} cycles in ${seconds.toFixed(1)} s; ` +
        `${(Object.keys(before) as (keyof Bookkeeping)[]).map(change).join('; ')}; ` +
        `new globals [${newGlobals.join(', ')}]; ` +
        `${dropped} of ${watched.length} watched elements collected within ${waited.toFixed(1)} s; ${calls} calls`,
    );
    expect(calls, 'two calls a cycle, none while detached').to.equal(2 * CYCLES);
    expect(newGlobals, 'globals added').to.deep.equal([]);
    // Globals are checked by name, above.
    expect({ ...after, windowProperties: 0 }).to.deep.equal({ ...before, windowProperties: 0 });
    expect(dropped, 'removed elements the engine collected').to.be.at.least(needed);
  });

  it('sees a leak of each kind it counts, planted on purpose', async () => {
    const before = pageBookkeeping();
    const listener = () => {};
    const connected = document.createElement('div');
    document.body.append(connected);
    connected.addEventListener('click', listener);
    document.addEventListener('visibilitychange', listener);
    const observer = new MutationObserver(() => {});
    observer.observe(connected, { attributes: true });
    const interval = setInterval(() => {}, 60_000);
    const global = window as unknown as Record<string, unknown>;
    global.plantedByChurnTest = true;
    try {
      const planted = pageBookkeeping();
      expect(planted.pageListeners - before.pageListeners, 'listeners on the page').to.equal(2);
      expect(planted.windowAndDocumentListeners - before.windowAndDocumentListeners).to.equal(1);
      expect(planted.observing - before.observing).to.equal(1);
      expect(planted.intervals - before.intervals).to.equal(1);
      expect(planted.windowProperties - before.windowProperties).to.equal(1);
      expect(planted.elements - before.elements).to.equal(1);
    } finally {
      connected.removeEventListener('click', listener);
      document.removeEventListener('visibilitychange', listener);
      observer.disconnect();
      clearInterval(interval);
      delete global.plantedByChurnTest;
      connected.remove();
    }
    expect(pageBookkeeping()).to.deep.equal(before);
  });
});
