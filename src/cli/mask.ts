import type { CustomerPayload } from '../customer-payload.js';

const HIDDEN = '***';

/**
 * Text with all but its first and last character hidden (`c***7`); text of fewer than five
 * characters is hidden whole, since two of four would tell too much. Counted in code points.
 */
export function maskText(text: string): string {
  const characters = [...text];
  return characters.length < 5 ? HIDDEN : `${characters[0]}${HIDDEN}${characters.at(-1)}`;
}

/** An email address with its local part hidden but for the first character (`a***@example.com`). */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 0) return maskText(email);
  const local = [...email.slice(0, at)];
  return `${local.length < 2 ? '' : local[0]}${HIDDEN}${email.slice(at)}`;
}

const maskEntry = (entry: unknown) => {
  const { name, value } = entry as { name: unknown; value: unknown };
  return { name, value: typeof value === 'string' ? maskText(value) : HIDDEN };
};

function maskValue(key: string, value: unknown): unknown {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return key === 'email' ? maskEmail(value) : maskText(value);
  if (Array.isArray(value)) return value.map(maskEntry);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([name, entry]) => [name, typeof entry === 'string' ? maskText(entry) : HIDDEN]));
  }
  return HIDDEN;
}

/**
 * The payload with every value masked: the IDs, the email address, the phone number, the
 * region, and the value of each custom data entry and soft link; anything else is hidden
 * whole. Names (custom data keys, soft link names) are the store's own words, not the
 * customer's, and stay; so does consent, a boolean.
 */
export const maskPayload = (payload: CustomerPayload): CustomerPayload =>
  Object.fromEntries(Object.entries(payload).map(([key, value]) => [key, maskValue(key, value)])) as unknown as CustomerPayload;
