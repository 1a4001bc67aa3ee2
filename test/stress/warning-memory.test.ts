import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { heapUsage } from '../support/heap-usage.js';
import { freshTracker, newCustomerId, settle } from '../support/page.js';

const ELEMENTS = 70;
const EMAIL_BYTES = 2 << 20;
/**
 * What may stay after all of them are gone. The page remembers which inputs it warned about;
 * when it kept them whole, 70 invalid 2 MB emails held about 90 MB (each a 1 M-character
 * string kept twice). Digests of them weigh bytes.
 */
const BOUND_BYTES = 8 << 20;

describe('memory of warnings', () => {
  it(`${ELEMENTS} invalid ${EMAIL_BYTES >> 20} MB emails leave nothing of them on the page once the elements are gone`, async function () {
    this.timeout(60_000);
    // Loaded, so that no queued call keeps an element waiting for it.
    freshTracker().load();
    const warn = console.warn;
    console.warn = () => {};
    try {
      const before = await heapUsage();
      for (let index = 0; index < ELEMENTS; index += 1) {
        const element = document.createElement('rr-customer');
        element.customerId = newCustomerId();
        // Distinct inputs, so that each one is warned about and remembered.
        element.email = `${String(index).padStart(4, '0')}${'x'.repeat(EMAIL_BYTES / 2)}`;
        document.body.append(element);
        await settle();
        element.remove();
      }
      const after = await heapUsage();
      const grown = after.usedSize - before.usedSize;
      console.log(
        `warning memory: JS heap grew ${(grown / 1024).toFixed(0)} KB after ${ELEMENTS} elements (bound ${BOUND_BYTES >> 10} KB)`,
      );
      expect(grown).to.be.below(BOUND_BYTES);
    } finally {
      console.warn = warn;
    }
  });
});
