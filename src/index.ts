export { RrCustomDataElement, RrCustomerElement, RrSoftLinkElement } from './rr-customer-define.js';
export type { CustomerPayload } from './customer-schema.js';
export type {
  CustomerInvalidDetail,
  CustomerInvalidEvent,
  CustomerIssue,
  CustomerSendEvent,
} from './rr-customer-events.js';
