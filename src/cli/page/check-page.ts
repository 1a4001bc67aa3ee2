import { canonicalJson } from '../../core/canonical-json.js';
import { checkCustomer } from '../../core/check-customer.js';
import { readCustomer } from '../../core/read-customer.js';
import type { CustomerPayload } from '../../core/customer-payload.js';
import type { CustomerIssue } from '../../core/customer-issue.js';
import { findCustomers } from './find-customers.js';
import { findScripts } from './find-scripts.js';
import {
  definesElement,
  differentCustomers,
  loadsTracker,
  NO_DEFINITION,
  NO_TRACKER,
  type Warning,
} from './integration-warnings.js';
import { liveElements, parsePage } from './page-tree.js';

/** What one `<rr-customer>` of a page would do, as the element itself works it out. */
export interface CustomerReport {
  /** Where its start tag is in the page, from 1. */
  readonly line: number | undefined;
  /** Whether a call would be queued. */
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
}

/**
 * Every `<rr-customer>` of a page, in document order, through the element's own core
 * (`readCustomer`, then `checkCustomer`). `base` is the page's address, against which its
 * script URLs are read.
 */
export function checkPage(source: string, base: string, options: CheckOptions = {}): CustomerReport[] {
  const elements = liveElements(parsePage(source));
  const customers = findCustomers(elements).map((customer) => ({
    line: customer.line,
    ...checkCustomer(readCustomer(customer.fields, customer.softLinks, customer.customData)),
  }));
  if (!customers.length) return [];

  const scripts = findScripts(elements);
  const pageWarnings: Warning[] = [];
  if (!options.assumeDefined && !definesElement(scripts, base)) pageWarnings.push(NO_DEFINITION);
  if (!loadsTracker(scripts, base)) pageWarnings.push(NO_TRACKER);

  const sending = customers.filter((customer) => customer.sent);
  const distinct = new Set(sending.map((customer) => canonicalJson(customer.payload)));
  const different = distinct.size > 1 ? differentCustomers(sending.map((customer) => customer.line)) : undefined;

  return customers.map((customer) => ({
    ...customer,
    warnings: customer.sent && different ? [...pageWarnings, different] : pageWarnings,
  }));
}
