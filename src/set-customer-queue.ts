import type { CustomerPayload } from './customer-schema.js';

/** The globals that Retail Rocket's tracker owns. Either may be absent, a stub, or junk. */
interface TrackerGlobals {
  rrApiOnReady?: unknown;
  rrApi: { setCustomer(payload: CustomerPayload): unknown };
}

type Queue = { push(callback: () => void): unknown };

const isQueue = (value: unknown): value is Queue =>
  typeof value === 'object' && value !== null && typeof (value as Partial<Queue>).push === 'function';

/**
 * Queues `rrApi.setCustomer(payload)` exactly as the seed's snippet does.
 *
 * Both globals are looked up afresh on every call: when the tracker loads it replaces
 * `rrApi` with the real API and `rrApiOnReady` with an object whose `push` runs at once, so a
 * reference kept from earlier points at the dead queue or the stub. A value that is no
 * queue at all is replaced by a new array, as the snippet's `|| []` does for a missing one.
 */
export function queueSetCustomer(payload: CustomerPayload): void {
  const page = window as unknown as TrackerGlobals;
  const queue = isQueue(page.rrApiOnReady) ? page.rrApiOnReady : (page.rrApiOnReady = []) as Queue;
  queue.push(function () {
    try {
      // A missing rrApi or setCustomer throws here and is caught, as in the seed.
      (window as unknown as TrackerGlobals).rrApi.setCustomer(payload);
    } catch {
      // As in the seed: a failing tracker must not break the page.
    }
  });
}
