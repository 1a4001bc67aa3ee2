export { RrCustomDataElement, RrCustomerElement, RrSoftLinkElement } from './rr-customer-define.js';
export type { CustomerPayload } from './customer-schema.js';
export type { SoftLink } from './rr-customer-element.js';
export type {
  CustomerErrorDetail,
  CustomerErrorEvent,
  CustomerInvalidDetail,
  CustomerInvalidEvent,
  CustomerIssue,
  CustomerSendEvent,
  TrackerFailure,
} from './rr-customer-events.js';
