import { CUSTOMER_FIELDS, problemWith, type PairsField } from './customer-fields.js';
import type { CustomerIssue, IssueCode } from './customer-issue.js';
import type { CustomerPayload } from './customer-payload.js';
import type { CustomerInput, ReadPair } from './read-customer.js';
import { isUnreadable, type Unreadable } from './read-text.js';

/** What the contract makes of an input: the call to queue, if any, and every problem found. */
export interface CustomerCheck {
  /** The argument of `setCustomer`, without the fields and pairs that had a problem; `undefined` when a problem blocks the call. */
  readonly payload: CustomerPayload | undefined;
  /** One per problem, named by the parameter's camelCase name, never quoting the value. */
  readonly issues: readonly CustomerIssue[];
  /** Whether the call goes out: every issue then names a field or pair left out of it. */
  readonly sent: boolean;
}

type Problem = { readonly code: IssueCode; readonly message: string } | undefined;

const unreadableProblem = ({ code, unreadable }: Unreadable): Problem => ({ code, message: unreadable });

/**
 * Checks each field and each pair of `input` on its own. A bad optional field or pair is
 * left out and the rest is sent; a missing or bad `customerId`, or consent that cannot be
 * read, sends nothing. Pure: the element and the `check` command both call it.
 */
export function checkCustomer(input: CustomerInput): CustomerCheck {
  const issues: CustomerIssue[] = [];
  const payload: Record<string, unknown> = {};
  let blocked = input.customerId === undefined;
  if (blocked) issues.push({ code: 'required', field: 'customerId', message: 'customerId is required' });
  // Notes the problem with one value, if any, against the field; says whether there was one.
  const noted = (field: string, problem: Problem) => {
    if (problem) issues.push({ code: problem.code, field, message: problem.message });
    return problem !== undefined;
  };
  for (const field of CUSTOMER_FIELDS) {
    if ('pair' in field) {
      const pairs = input[field.name].filter((entry) => !noted(field.name, pairProblem(field, entry))) as ReadPair[];
      if (!pairs.length) continue;
      payload[field.name] =
        field.name === 'customData'
          ? Object.fromEntries(pairs.map(({ name, value }) => [name, value]))
          : pairs.map(({ name, value }) => ({ name, value }));
      continue;
    }
    const value = input[field.name];
    if (value === undefined) continue;
    const problem = isUnreadable(value)
      ? unreadableProblem(value)
      : problemWith(field.schema, value, field.name, field.max);
    if (noted(field.name, problem)) {
      blocked ||= 'blocks' in field;
    } else {
      payload[field.name] = value;
    }
  }
  return blocked
    ? { payload: undefined, issues, sent: false }
    : { payload: payload as unknown as CustomerPayload, issues, sent: true };
}

function pairProblem(field: PairsField, entry: ReadPair | Unreadable): Problem {
  if (isUnreadable(entry)) return unreadableProblem(entry);
  if (entry.name === undefined)
    return { code: 'pair-without-name', message: `each ${field.pair} with a value needs a name` };
  if (isUnreadable(entry.name)) return unreadableProblem(entry.name);
  if (isUnreadable(entry.value)) return unreadableProblem(entry.value);
  return (
    problemWith(field.pairName, entry.name, `each ${field.pair} name`) ??
    problemWith(field.pairValue, entry.value, `each ${field.pair} value`)
  );
}
