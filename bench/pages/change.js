// Makes changes one at a time, on <rr-customer>, on a hand-written script that reads the same
// markup and validates it with zod/mini (bench/reference/zod-script.js, which the bench
// bundles into /bench/build/), and on Retail Rocket's hand-written snippet, and times each from the
// change to the moment the call enters the stand-in tracker's setCustomer. The tracker is
// loaded first, so a queued call runs as soon as it is queued.
import { StandInTracker } from '../../demo/stand-in-tracker.js';
import '../../dist/rr-customer.js';
import { queueFromMarkup } from '../build/zod-script.js';

const CUSTOMER_ID = 'bench-customer-1';

const tracker = new StandInTracker(window);
tracker.load();
const trackerApi = /** @type {{ rrApi: { setCustomer(payload: unknown): void } }} */ (/** @type {unknown} */ (window))
  .rrApi;
const trackerSetCustomer = trackerApi.setCustomer;
/** @type {((at: number) => void) | undefined} */
let onEnter;
// Stamped on entry: what the tracker does with the call afterwards costs both contenders alike.
trackerApi.setCustomer = (payload) => {
  const at = performance.now();
  onEnter?.(at);
  onEnter = undefined;
  trackerSetCustomer(payload);
};

let serial = 0;
const nextEmail = () => `bench-${++serial}@example.test`;

/** @param {number} size @param {string} [tag] */
function elementWith(size, tag = 'rr-customer') {
  const element = document.createElement(tag);
  element.setAttribute('customer-id', CUSTOMER_ID);
  element.setAttribute('email', nextEmail());
  for (let i = 0; i < size; i++) {
    const child = document.createElement('rr-custom-data');
    child.setAttribute('name', `field-${i}`);
    child.setAttribute('value', `value-${i}`);
    element.append(child);
  }
  document.body.append(element);
  return element;
}

/**
 * Retail Rocket's snippet as a server-side template prints it, the payload written out in full.
 * @param {number} size
 * @returns {(email: string) => void}
 */
function snippetWith(size) {
  const pairs = Array.from({ length: size }, (_, i) => `"field-${i}": "value-${i}"`).join(', ');
  const customData = size ? `, customData: { ${pairs} }` : '';
  return /** @type {(email: string) => void} */ (
    new Function(
      'email',
      `
    (window["rrApiOnReady"] = window["rrApiOnReady"] || []).push(function() {
      try {
        rrApi.setCustomer({ customerId: "${CUSTOMER_ID}", email: email${customData} });
      } catch (e) {}
    })`,
    )
  );
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** @param {unknown} value */
const canonical = (value) =>
  JSON.stringify(value, (_, part) =>
    part && typeof part === 'object' && !Array.isArray(part) ? Object.fromEntries(Object.entries(part).sort()) : part,
  );

/** @type {Map<string, (email: string) => void>} one change function per contender and size */
const changes = new Map();

/**
 * Builds both contenders for each size and checks that they send the same payload.
 * @param {number[]} sizes
 * @returns {Promise<boolean>}
 */
async function prepare(sizes) {
  for (const size of sizes) {
    const element = elementWith(size);
    changes.set(`element ${size}`, (email) => element.setAttribute('email', email));
    // The same markup on an element nothing upgrades, which the script reads at each change.
    const markup = elementWith(size, 'div');
    changes.set(`zod ${size}`, (email) => {
      markup.setAttribute('email', email);
      if (!queueFromMarkup(markup)) throw new Error('bench: the zod script found the markup invalid');
    });
    changes.set(`snippet ${size}`, snippetWith(size));
  }
  await settle();
  for (const size of sizes) {
    const email = `bench-check-${size}@example.test`;
    changes.get(`element ${size}`)?.(email);
    await settle();
    const fromElement = canonical(tracker.calls.at(-1));
    for (const contender of ['zod', 'snippet']) {
      changes.get(`${contender} ${size}`)?.(email);
      if (canonical(tracker.calls.at(-1)) !== fromElement) return false;
    }
  }
  tracker.calls.length = 0;
  return true;
}

/**
 * For each size, an element whose custom data is a `customData` property of that many keys,
 * as a framework sets it, and no children; its change is the email attribute, as above.
 * @param {number[]} sizes
 */
async function prepareKeys(sizes) {
  for (const size of sizes) {
    const element = elementWith(0);
    /** @type {{ customData?: Record<string, string> }} */ (/** @type {unknown} */ (element)).customData =
      Object.fromEntries(Array.from({ length: size }, (_, i) => [`field-${i}`, `value-${i}`]));
    changes.set(`keys ${size}`, (email) => element.setAttribute('email', email));
  }
  await settle();
  tracker.calls.length = 0;
}

/**
 * The mean time of `repeats` changes made one after another, in milliseconds.
 * @param {'element' | 'zod' | 'snippet' | 'keys'} contender
 * @param {number} size
 * @param {number} repeats
 */
async function time(contender, size, repeats) {
  const change = changes.get(`${contender} ${size}`);
  if (!change) throw new Error(`bench: ${contender} ${size} was not prepared`);
  let total = 0;
  for (let i = 0; i < repeats; i++) {
    /** @type {Promise<number>} */
    const entered = new Promise((resolve) => (onEnter = resolve));
    const start = performance.now();
    change(nextEmail());
    total += (await entered) - start;
  }
  // The tracker keeps a copy of every payload; dropping them keeps the heap flat.
  tracker.calls.length = 0;
  return total / repeats;
}

/**
 * How many calls reach the tracker for `count` attribute changes made in one task.
 * @param {number} count
 */
async function burst(count) {
  const element = elementWith(0);
  await settle();
  const before = tracker.calls.length;
  for (let i = 0; i < count; i++) {
    if (i % 2) element.setAttribute('email', nextEmail());
    else element.setAttribute('default-stock-id', `bench-stock-${i}`);
  }
  await settle();
  const fromElement = tracker.calls.length - before;
  element.remove();
  const snippet = snippetWith(0);
  for (let i = 0; i < count; i++) snippet(nextEmail());
  await settle();
  return { element: fromElement, snippet: tracker.calls.length - before - fromElement };
}

/** The smallest step of this engine's performance.now(), in milliseconds. */
function timerStep() {
  let smallest = Infinity;
  let last = performance.now();
  for (let steps = 0; steps < 200;) {
    const now = performance.now();
    if (now !== last) {
      smallest = Math.min(smallest, now - last);
      last = now;
      steps += 1;
    }
  }
  return smallest;
}

Object.assign(window, {
  bench: { prepare, prepareKeys, time, burst, timerStep, crossOriginIsolated: window.crossOriginIsolated },
});
