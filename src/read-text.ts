import { isPlaceholder } from './placeholders.js';

/**
 * A value that is given but can be no text at all (an object, a boolean, a function), with
 * the message that says so. It stands in the input in its place, so that the input still
 * tells one such value from the next by kind, yet holds nothing of the value itself.
 */
export interface Unreadable {
  readonly unreadable: string;
}

export const isUnreadable = (value: unknown): value is Unreadable =>
  typeof value === 'object' && value !== null && 'unreadable' in value;

const KINDS: Record<string, string> = {
  undefined: 'undefined',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  bigint: 'a bigint',
  symbol: 'a symbol',
  function: 'a function',
  object: 'an object',
};

/** The kind of a value, for a message: never the value itself. */
export const kindOf = (value: unknown): string => (value === null ? 'null' : (KINDS[typeof value] as string));

/**
 * The text a page gave for `what`: trimmed, with empty text and placeholders (`None`, `null`,
 * `<no value>`, …) read as not given. A finite number is its decimal text, since frameworks
 * pass IDs as numbers; `NaN` is a placeholder. Anything else that is given is unreadable.
 */
export function readText(value: unknown, what: string): string | Unreadable | undefined {
  if (value === undefined || value === null || Number.isNaN(value)) return undefined;
  if (typeof value === 'number' && !Number.isFinite(value)) return { unreadable: `${what} must be finite` };
  if (typeof value !== 'string' && typeof value !== 'number') {
    return { unreadable: `${what} must be text, not ${kindOf(value)}` };
  }
  const text = String(value).trim();
  return text === '' || isPlaceholder(text) ? undefined : text;
}
