import { canonicalJson } from '../../core/canonical-json.js';
import { checkCustomer } from '../../core/check-customer.js';
import { readCustomer } from '../../core/read-customer.js';
import type { CustomerPayload } from '../../core/customer-payload.js';
import type { CustomerIssue } from '../../core/customer-issue.js';
import { findCustomers, type FoundCustomer } from './find-customers.js';
import { findScripts } from './find-scripts.js';
import {
  CONSENT_NOT_STATED,
  definesElement,
  differentCustomers,
  loadsTracker,
  NO_DEFINITION,
  NO_TRACKER,
  sharedCache,
  sharedCacheSign,
  type AnswerHeaders,
  type Warning,
} from './integration-warnings.js';
import { liveElements, parsePage } from './page-tree.js';
import { shownUrl } from './shown-url.js';

/** What one `<rr-customer>` of a page would do, as the element itself works it out. */
export interface CustomerReport {
  /** Where its start tag is in the page, from 1. */
  readonly line: number | undefined;
  /**
   * Where the customer comes from when the element has a `src`: that URL, read against the
   * page (any password shown as `***`); `undefined` for a customer given by the markup alone.
   */
  readonly source: string | undefined;
  /** Whether a call would be queued (for an element with `src`, once its source answers with a customer). */
  readonly sent: boolean;
  /** What `setCustomer` would receive; `undefined` when nothing is sent. */
  readonly payload: CustomerPayload | undefined;
  /** Each field or pair left out, or what blocks the call. */
  readonly issues: readonly CustomerIssue[];
  /** What about the page stops or muddles the call. */
  readonly warnings: readonly Warning[];
}

/** One page's answer: each `<rr-customer>` on it, or why the page could not be checked. */
export interface PageResult {
  /** The page as the user named it: a path, or a URL. */
  readonly page: string;
  readonly customers: readonly CustomerReport[];
  readonly error?: string;
}

export interface CheckOptions {
  /** Take the element as defined, for a page whose own bundle imports the package. */
  readonly assumeDefined?: boolean;
  /** The answer's headers, for a page fetched by URL. */
  readonly headers?: AnswerHeaders | undefined;
}

// Stands in for the ID a source answers with, so that the rest of the markup is checked as
// the element checks it once the answer is in; it never reaches the report.
const FROM_SOURCE = 'rr-customer-check-source';

const resolved = (src: string, base: string) => {
  try {
    return shownUrl(new URL(src, base).href);
  } catch {
    return shownUrl(src);
  }
};

function checkOne(customer: FoundCustomer, base: string) {
  const input = readCustomer(customer.fields, customer.softLinks, customer.customData);
  if (customer.src === undefined) return { line: customer.line, source: undefined, ...checkCustomer(input) };
  // A missing customer-id is no issue: the source gives it.
  const fromSource = input.customerId === undefined;
  const check = checkCustomer(fromSource ? { ...input, customerId: FROM_SOURCE } : input);
  let payload = check.payload;
  if (fromSource && payload) {
    const rest: Record<string, unknown> = { ...payload };
    delete rest['customerId'];
    payload = rest as unknown as CustomerPayload;
  }
  return { line: customer.line, source: resolved(customer.src, base), ...check, payload };
}

/**
 * Every `<rr-customer>` of a page, in document order, through the element's own core
 * (`readCustomer`, then `checkCustomer`). `base` is the page's address, against which its
 * script URLs are read.
 */
export function checkPage(source: string, base: string, options: CheckOptions = {}): CustomerReport[] {
  const elements = liveElements(parsePage(source));
  const customers = findCustomers(elements).map((customer) => checkOne(customer, base));
  if (!customers.length) return [];

  const scripts = findScripts(elements);
  const pageWarnings: Warning[] = [];
  if (!options.assumeDefined && !definesElement(scripts, base)) pageWarnings.push(NO_DEFINITION);
  if (!loadsTracker(scripts, base)) pageWarnings.push(NO_TRACKER);

  // An element with a src sends what its source answers: the markup alone cannot tell.
  const sending = customers.filter((customer) => customer.sent && customer.source === undefined);
  const distinct = new Set(sending.map((customer) => canonicalJson(customer.payload)));
  const different = distinct.size > 1 ? differentCustomers(sending.map((customer) => customer.line)) : undefined;
  const cacheSign = options.headers && sharedCacheSign(options.headers);

  return customers.map((customer) => {
    // A src is the cure for a shared cache, and its answer may give consent.
    const fromMarkup = customer.sent && customer.source === undefined;
    const own = [
      ...(fromMarkup && different ? [different] : []),
      ...(fromMarkup && cacheSign ? [sharedCache(cacheSign)] : []),
      ...(fromMarkup && customer.payload?.isAgreedToReceiveMarketingMail === undefined ? [CONSENT_NOT_STATED] : []),
    ];
    return { ...customer, warnings: own.length ? [...pageWarnings, ...own] : pageWarnings };
  });
}
