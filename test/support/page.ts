import { StandInTracker } from '../../demo/stand-in-tracker.js';
import type { RrCustomerElement } from '../../src/index.js';

type TrackerGlobals = { rrApi?: unknown; rrApiOnReady?: unknown };

/** Forgets the tracker's globals, as on a fresh page before the tracker's script has run. */
export function freshTracker(): StandInTracker {
  const globals = window as unknown as TrackerGlobals;
  delete globals.rrApi;
  delete globals.rrApiOnReady;
  return new StandInTracker(window);
}

/** The call history is kept for the page, so each test speaks of a customer of its own. */
let customerCount = 0;
export function newCustomerId(): string {
  customerCount += 1;
  return `customer-${customerCount}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Waits until mutation records, updates and the event loop have all run their course. */
export async function settle(): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/** Puts markup into a fresh container on the page and returns its `<rr-customer>`. */
export async function mount(html: string): Promise<RrCustomerElement> {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  await settle();
  const element = container.querySelector('rr-customer');
  if (!element) throw new Error('the markup has no <rr-customer>');
  return element;
}

/** Collects the events of one kind that reach the document. */
export function recordEvents<T = unknown>(type: string): { details: T[]; stop(): void } {
  const details: T[] = [];
  const listener = (event: Event) => details.push((event as CustomEvent<T>).detail);
  document.addEventListener(type, listener);
  return { details, stop: () => document.removeEventListener(type, listener) };
}
