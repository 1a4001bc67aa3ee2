import { customerSchema, type CustomerPayload } from './customer-schema.js';
import type { CustomerIssue } from './rr-customer-events.js';

export type ParsedCustomer = { ok: true; payload: CustomerPayload } | { ok: false; issues: CustomerIssue[] };

/**
 * Checks the element's input against the contract. On success gives the payload, with the
 * custom data pairs folded into one object in which a later name wins; otherwise one issue
 * per problem, named by the parameter's camelCase name.
 */
export function parseCustomer(input: unknown): ParsedCustomer {
  const result = customerSchema.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({ field: String(issue.path[0]), message: issue.message }));
    return { ok: false, issues };
  }
  const { customData, ...rest } = result.data;
  if (!customData) return { ok: true, payload: rest };
  // Spreading over an existing key keeps its place, so the payload keeps the seed's key order.
  const payload = { ...result.data, customData: Object.fromEntries(customData.map((pair) => [pair.name, pair.value])) };
  return { ok: true, payload };
}
