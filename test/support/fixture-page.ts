// The test side of the fixture pages: opens one in an iframe and reads what its probe
// (probe.js) and its stand-in tracker (stand-in-tracker-loader.js) recorded.
import { expect } from '@esm-bundle/chai';
import { waitFor } from './wait-for.js';

/** What probe.js records on the page's window. */
export interface PageProbe {
  readonly violations: readonly { readonly directive: string; readonly blocked: string }[];
  readonly errors: readonly string[];
  readonly rejections: readonly string[];
  readonly sends: readonly unknown[];
  readonly invalids: number;
}

/** A fixture page's window, with the globals its helper scripts and the classic build set. */
export type FixturePage = Window &
  typeof globalThis & {
    pageProbe?: PageProbe;
    standInTracker?: { readonly calls: readonly unknown[] };
    /** lit's record of every copy of ReactiveElement evaluated on the page. */
    reactiveElementVersions?: string[];
    atParserPause?: {
      parentIsUpgradedCustomer: boolean;
      softLinks: number;
      customData: number;
      sendsSoFar: number;
    };
    inlineScriptRan?: boolean;
  };

const frames: HTMLIFrameElement[] = [];

/** Opens `path` in a new iframe and resolves with its window once its load event has passed. */
export async function openFixture(path: string): Promise<FixturePage> {
  const url = new URL(path, location.href);
  const frame = document.createElement('iframe');
  frame.src = url.href;
  document.body.append(frame);
  frames.push(frame);
  return waitFor(
    () => {
      const page = frame.contentWindow as FixturePage | null;
      const here = page?.location.pathname + (page?.location.search ?? '');
      return page && here === url.pathname + url.search && page.document.readyState === 'complete' ? page : undefined;
    },
    4000,
    `${path} to load`,
  );
}

/** Removes every iframe `openFixture` made. */
export function closeFixtures(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

/** The page's probe, which the fixture loads first in <head>. */
export function probeOf(page: FixturePage): PageProbe {
  if (!page.pageProbe) throw new Error('the fixture did not load probe.js');
  return page.pageProbe;
}

/** Waits for the stand-in tracker's first `setCustomer` call and returns the call history. */
export async function firstCalls(page: FixturePage): Promise<readonly unknown[]> {
  const calls = await waitFor(() => page.standInTracker?.calls, 3000, 'the stand-in tracker to load');
  await waitFor(() => calls.length > 0, 3000, 'a setCustomer call');
  // Let anything still queued on the page run: a second call would come within these turns.
  await turns(3);
  return calls;
}

/** Lets `count` turns of the event loop pass. */
export async function turns(count: number): Promise<void> {
  for (let turn = 0; turn < count; turn += 1) await new Promise((resolve) => setTimeout(resolve));
}

/** Data as a string that ignores key order, for comparing payloads. */
function canonical(data: unknown): string {
  return JSON.stringify(data, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

/**
 * The form of data without its text: keys, list lengths, the types of leaves and the
 * booleans. It is what a failed comparison prints, so the console never shows an
 * identifier, email address or phone number.
 */
export function shapeOf(data: unknown): string {
  if (Array.isArray(data)) return `[${data.map(shapeOf).join(', ')}]`;
  if (data && typeof data === 'object') {
    return `{ ${Object.entries(data)
      .map(([key, value]) => `${key}: ${shapeOf(value)}`)
      .join(', ')} }`;
  }
  if (typeof data === 'string') return `string(${data.length})`;
  if (typeof data === 'boolean' || data === null || data === undefined) return String(data);
  return typeof data;
}

/** Asserts that `actual` equals `expected` (whatever the key order) without printing their text. */
export function expectSameData(actual: unknown, expected: unknown, what: string): void {
  const same = canonical(actual) === canonical(expected);
  expect(same, `${what}: got ${shapeOf(actual)}, expected ${shapeOf(expected)}`).to.equal(true);
}

/** The computed `display` of every element with one of `tagNames` on the page. */
export function displays(page: FixturePage, tagNames: readonly string[]): Record<string, string[]> {
  return Object.fromEntries(
    tagNames.map((tag) => [
      tag,
      Array.from(page.document.querySelectorAll(tag), (element) => page.getComputedStyle(element).display),
    ]),
  );
}
