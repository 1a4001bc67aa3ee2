import type { FieldName } from './customer-fields.js';
import type { CustomerFields } from './read-customer.js';

/** The statuses with which an endpoint says that nobody is signed in: no content, or not allowed to know. */
export const GUEST_STATUSES: readonly number[] = [204, 401, 403];

/** The largest answer read, in bytes: a customer is a few hundred; more is a wrong endpoint. */
export const SOURCE_MAX_BYTES = 64 * 1024;

/**
 * The fields a source's JSON answer gives: each of the parameters `names` that is a key of it,
 * `null` included (that field is then not given, in place of the markup's value), to be read
 * as the property of that name is read. Unknown keys are ignored. `null` for a guest: an
 * answer of `null`, or one that names no parameter, as `{}` does. `undefined` when the
 * answer is no JSON object at all.
 */
export function sourceFields(answer: unknown, names: readonly FieldName[]): CustomerFields | null | undefined {
  if (answer === null) return null;
  if (typeof answer !== 'object' || Array.isArray(answer)) return undefined;
  const given = names.filter((name) => Object.prototype.hasOwnProperty.call(answer, name));
  return given.length
    ? Object.fromEntries(given.map((name) => [name, (answer as Record<string, unknown>)[name]]))
    : null;
}
