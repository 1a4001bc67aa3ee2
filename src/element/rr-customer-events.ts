import type { CustomerIssue } from '../core/customer-issue.js';
import type { CustomerPayload } from '../core/customer-payload.js';

/** `detail` of `rr-customer-invalid`. */
export interface CustomerInvalidDetail {
  readonly issues: readonly CustomerIssue[];
  /**
   * `true` when the call went out without the fields and pairs named in `issues` (now, or as
   * an equal call made earlier); `false` when nothing was queued.
   */
  readonly sent: boolean;
}

/**
 * What went wrong with the tracker:
 * - `queue-replaced`: `window.rrApiOnReady` held something that is not a queue; it was replaced
 *   by a new array and the call queued there.
 * - `api-missing`: `rrApi.setCustomer` was not a function when the queued call ran; the call was dropped.
 * - `api-threw`: `rrApi.setCustomer` threw.
 */
export type TrackerFailure = 'queue-replaced' | 'api-missing' | 'api-threw';

/**
 * Why `rr-customer-error` fired: a tracker failure, or `source-failed`: the customer source
 * (`src`) answered with a status that is no guest's, not in time, or with no JSON object,
 * and nothing was sent.
 */
export type CustomerErrorReason = TrackerFailure | 'source-failed';

/** `detail` of `rr-customer-error`: a reason and a fixed message, never the payload. */
export interface CustomerErrorDetail {
  readonly reason: CustomerErrorReason;
  readonly message: string;
}

/** Fired when a `setCustomer` call is queued; `detail` is the payload. */
export type CustomerSendEvent = CustomEvent<CustomerPayload>;

/** Fired when the input has problems: beside a call without the bad fields, or instead of one. */
export type CustomerInvalidEvent = CustomEvent<CustomerInvalidDetail>;

/** Fired when the tracker's globals make a queued call fail or need repair. */
export type CustomerErrorEvent = CustomEvent<CustomerErrorDetail>;
