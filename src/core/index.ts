/**
 * `rr-customer/core`: the element's own rules, with no DOM and no Node, for a store that wants
 * the same verdict in its server code (SSR, a form handler, a build step).
 *
 * @module
 */
export { checkCustomer, type CustomerCheck } from './check-customer.js';
export type { CustomerIssue, IssueCode } from './customer-issue.js';
export type { CustomerPayload, SoftLink } from './customer-payload.js';
export {
  readCustomer,
  type CustomerFields,
  type CustomerInput,
  type NamedValue,
  type ReadPair,
  type ReadText,
} from './read-customer.js';
export type { Unreadable } from './read-text.js';
