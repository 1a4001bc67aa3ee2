export { RrCustomDataElement, RrCustomerElement, RrSoftLinkElement } from './rr-customer-define.js';
export type { CustomerPayload, SoftLink } from './customer-payload.js';
export type {
  CustomerErrorDetail,
  CustomerErrorEvent,
  CustomerInvalidDetail,
  CustomerInvalidEvent,
  CustomerIssue,
  CustomerSendEvent,
  TrackerFailure,
} from './rr-customer-events.js';
