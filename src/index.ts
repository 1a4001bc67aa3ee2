export { RrCustomDataElement, RrCustomerElement, RrSoftLinkElement } from './element/rr-customer-define.js';
export type { CustomerIssue, IssueCode } from './core/customer-issue.js';
export type { CustomerPayload, SoftLink } from './core/customer-payload.js';
export type {
  CustomerErrorDetail,
  CustomerErrorReason,
  CustomerErrorEvent,
  CustomerInvalidDetail,
  CustomerInvalidEvent,
  CustomerSendEvent,
  TrackerFailure,
} from './element/rr-customer-events.js';
