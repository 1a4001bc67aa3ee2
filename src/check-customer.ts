import type { CustomerInput, ReadPair } from './customer-input.js';
import type { CustomerPayload } from './customer-payload.js';
import { CUSTOMER_FIELDS, problemWith, type PairsField } from './field-schemas.js';
import { isUnreadable, type Unreadable } from './read-text.js';
import type { CustomerIssue } from './rr-customer-events.js';

/** What the contract makes of an input: the call to queue, if any, and every problem found. */
export interface CustomerCheck {
  /** The argument of `setCustomer`, without the fields and pairs that had a problem; `undefined` when a problem blocks the call. */
  readonly payload: CustomerPayload | undefined;
  /** One per problem, named by the parameter's camelCase name, never quoting the value. */
  readonly issues: readonly CustomerIssue[];
  /** Whether the call goes out: every issue then names a field or pair left out of it. */
  readonly sent: boolean;
}

/**
 * Checks each field and each pair of `input` on its own. A bad optional field or pair is
 * left out and the rest is sent; a missing or bad `customerId`, or consent that cannot be
 * read, sends nothing. Pure: the element and the `check` command both call it.
 */
export function checkCustomer(input: CustomerInput): CustomerCheck {
  const issues: CustomerIssue[] = [];
  const payload: Record<string, unknown> = {};
  let blocked = input.customerId === undefined;
  if (blocked) issues.push({ field: 'customerId', message: 'customerId is required' });
  // Returns the problem with one value, and notes it against the field.
  const problem = (field: string, message: string | undefined) => {
    if (message !== undefined) issues.push({ field, message });
    return message !== undefined;
  };
  for (const field of CUSTOMER_FIELDS) {
    if ('pair' in field) {
      const pairs = input[field.name].filter((entry) => !problem(field.name, pairProblem(field, entry))) as ReadPair[];
      if (!pairs.length) continue;
      payload[field.name] =
        field.name === 'customData'
          ? Object.fromEntries(pairs.map(({ name, value }) => [name, value]))
          : pairs.map(({ name, value }) => ({ name, value }));
      continue;
    }
    const value = input[field.name];
    if (value === undefined) continue;
    if (problem(field.name, isUnreadable(value) ? value.unreadable : problemWith(field.schema, value))) {
      blocked ||= !!field.blocks;
    } else {
      payload[field.name] = value;
    }
  }
  return blocked
    ? { payload: undefined, issues, sent: false }
    : { payload: payload as unknown as CustomerPayload, issues, sent: true };
}

function pairProblem(field: PairsField, entry: ReadPair | Unreadable): string | undefined {
  if (isUnreadable(entry)) return entry.unreadable;
  if (entry.name === undefined) return `each ${field.pair} with a value needs a name`;
  if (isUnreadable(entry.name)) return entry.name.unreadable;
  if (isUnreadable(entry.value)) return entry.value.unreadable;
  return problemWith(field.pairName, entry.name) ?? problemWith(field.pairValue, entry.value);
}
