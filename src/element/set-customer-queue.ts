import type { CustomerPayload } from '../core/customer-payload.js';
import type { TrackerFailure } from './rr-customer-events.js';

/** The globals that Retail Rocket's tracker owns. Either may be absent, a stub, or junk. */
interface TrackerGlobals {
  rrApiOnReady?: unknown;
  rrApi?: { setCustomer?: unknown };
}

type Queue = { push(callback: () => void): unknown };

const isQueue = (value: unknown): value is Queue =>
  typeof value === 'object' && value !== null && typeof (value as Partial<Queue>).push === 'function';

/**
 * Queues `rrApi.setCustomer(payload)` exactly as Retail Rocket's snippet does, and tells `report`
 * about each failure it can see, since the snippet's own try/catch hides them.
 *
 * Both globals are looked up afresh on every call: when the tracker loads it replaces
 * `rrApi` with the real API and `rrApiOnReady` with an object whose `push` runs at once, so a
 * reference kept from earlier points at the dead queue or the stub. A missing queue is made
 * as the snippet's `|| []` makes it; a value that is there but is no queue is replaced too,
 * where the snippet would throw.
 */
export function queueSetCustomer(payload: CustomerPayload, report: (reason: TrackerFailure) => void): void {
  const page = window as TrackerGlobals;
  if (!isQueue(page.rrApiOnReady)) {
    if (page.rrApiOnReady) report('queue-replaced');
    page.rrApiOnReady = [];
  }
  (page.rrApiOnReady as Queue).push(function () {
    const api = (window as TrackerGlobals).rrApi;
    if (typeof api?.setCustomer !== 'function') return report('api-missing');
    try {
      api.setCustomer(payload);
    } catch {
      // As in Retail Rocket's snippet: a failing tracker must not break the page. Its error is not passed
      // on, because its message may quote the payload.
      report('api-threw');
    }
  });
}
