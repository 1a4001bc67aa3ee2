import type { CustomerPayload } from './customer-schema.js';

/** The globals that Retail Rocket's tracker owns. Either may be absent or a stub. */
interface TrackerGlobals {
  rrApiOnReady?: { push(callback: () => void): unknown };
  rrApi: { setCustomer(payload: CustomerPayload): unknown };
}

/**
 * Queues `rrApi.setCustomer(payload)` exactly as the seed's snippet does.
 *
 * Both globals are looked up afresh on every call: when the tracker loads it replaces
 * `rrApi` with the real API and `rrApiOnReady` with an object whose `push` runs at once, so a
 * reference kept from earlier points at the dead queue or the stub.
 */
export function queueSetCustomer(payload: CustomerPayload): void {
  const page = window as unknown as TrackerGlobals;
  const queue: NonNullable<TrackerGlobals['rrApiOnReady']> = (page.rrApiOnReady ||= []);
  queue.push(function () {
    try {
      // A missing rrApi or setCustomer throws here and is caught, as in the seed.
      (window as unknown as TrackerGlobals).rrApi.setCustomer(payload);
    } catch {
      // As in the seed: a failing tracker must not break the page.
    }
  });
}
