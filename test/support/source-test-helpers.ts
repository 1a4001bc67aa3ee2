import type {
  CustomerErrorDetail,
  CustomerInvalidDetail,
  CustomerPayload,
  RrCustomerElement,
} from '../../src/index.js';
import { freshTracker, recordEvents } from './page.js';
import { waitFor } from './wait-for.js';

/** The endpoint's URL that answers `body` (as JSON) with `status`; see source-endpoint.mjs. */
export const answering = (body: unknown, status = 200): string =>
  `/source/answer?status=${status}&body=${encodeURIComponent(JSON.stringify(body))}`;

/** The endpoint's URL that answers `body` only once the test releases `key`. */
export const heldAnswer = (key: string, body: unknown): string =>
  `/source/held?key=${key}&body=${encodeURIComponent(JSON.stringify(body))}`;

export const releaseAnswer = async (key: string): Promise<void> => {
  await fetch(`/source/release?key=${key}`);
};

/** What the endpoint saw of the held request `key`. */
export const heldState = async (key: string): Promise<{ arrived: boolean; aborted: boolean }> =>
  (await (await fetch(`/source/state?key=${key}`)).json()) as { arrived: boolean; aborted: boolean };

export const waitUntilArrived = (key: string) =>
  waitFor(async () => (await heldState(key)).arrived, 5000, `the request ${key} at the endpoint`);

export const uniqueKey = (): string => Math.random().toString(36).slice(2, 10);

/** Everything a test may look at: the tracker's calls, each event, and console warnings. */
export function observe() {
  const tracker = freshTracker();
  tracker.load();
  const sends = recordEvents<CustomerPayload>('rr-customer-send');
  const invalid = recordEvents<CustomerInvalidDetail>('rr-customer-invalid');
  const errors = recordEvents<CustomerErrorDetail>('rr-customer-error');
  const warnings: unknown[][] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args);
  };
  return {
    tracker,
    sends: sends.details,
    invalid: invalid.details,
    errors: errors.details,
    warnings,
    stop() {
      console.warn = warn;
      sends.stop();
      invalid.stop();
      errors.stop();
    },
  };
}

/** Observes each test of the suite afresh, and clears the page after it: call in a `describe`. */
export function observeEachTest(): () => ReturnType<typeof observe> {
  let seen: ReturnType<typeof observe> | undefined;
  beforeEach(() => {
    seen = observe();
  });
  afterEach(() => {
    seen?.stop();
    document.body.replaceChildren();
  });
  return () => {
    if (!seen) throw new Error('observeEachTest: no test is running');
    return seen;
  };
}

/** Places `html` on the page and returns its `<rr-customer>`, without waiting for anything. */
export function place(html: string): RrCustomerElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const element = container.querySelector('rr-customer');
  if (!element) throw new Error('the markup has no <rr-customer>');
  return element;
}
