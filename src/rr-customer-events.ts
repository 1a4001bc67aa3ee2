import type { CustomerPayload } from './customer-schema.js';

/** One problem with the input: the parameter's camelCase name and what is wrong, never the value. */
export interface CustomerIssue {
  readonly field: string;
  readonly message: string;
}

/** `detail` of `rr-customer-invalid`. */
export interface CustomerInvalidDetail {
  readonly issues: readonly CustomerIssue[];
}

/** Fired when a `setCustomer` call is queued; `detail` is the payload. */
export type CustomerSendEvent = CustomEvent<CustomerPayload>;

/** Fired instead of a call when the input breaks the contract. */
export type CustomerInvalidEvent = CustomEvent<CustomerInvalidDetail>;
