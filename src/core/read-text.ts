import type { IssueCode } from './customer-issue.js';

/**
 * A value that is given but can be no text at all (an object, a boolean, a function), with
 * the issue that says so. It stands in the input in its place, so that the input still tells
 * one such value from the next by kind, yet holds nothing of the value itself.
 */
export interface Unreadable {
  readonly code: IssueCode;
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

// What JavaScript, Python, Go, Ruby and Lua print for a missing value, in lower case. The
// longest is 15 characters, so longer text is never lowered to be looked up.
const PLACEHOLDERS = new Set(['undefined', 'null', 'none', 'nil', 'nan', '[object object]', '<no value>', '<nil>']);

/** Whether trimmed text is a template's rendering of a missing value, so no value at all. */
const isPlaceholder = (text: string): boolean => text.length < 16 && PLACEHOLDERS.has(text.toLowerCase());

/**
 * The text a page gave for `what`: trimmed, with empty text and placeholders (`None`, `null`,
 * `<no value>`, …) read as not given. A finite number is its decimal text, since frameworks
 * pass IDs as numbers; `NaN` is a placeholder. Anything else that is given is unreadable.
 */
export function readText(value: unknown, what: string): string | Unreadable | undefined {
  if (value === undefined || value === null || Number.isNaN(value)) return undefined;
  if (typeof value === 'number' && !Number.isFinite(value))
    return { code: 'not-text', unreadable: `${what} must be finite` };
  if (typeof value !== 'string' && typeof value !== 'number') {
    return { code: 'not-text', unreadable: `${what} must be text, not ${kindOf(value)}` };
  }
  const text = String(value).trim();
  return text === '' || isPlaceholder(text) ? undefined : text;
}

/**
 * The words that state consent, each beside the word that refuses it, in any letter case.
 * Y/N is how 1C-Bitrix stores a flag; `on` is what a checked checkbox submits.
 */
export const CONSENT_WORDS = [
  ['true', 'false'],
  ['1', '0'],
  ['yes', 'no'],
  ['y', 'n'],
  ['on', 'off'],
] as const;

const consentOf = new Map<string, boolean>(
  CONSENT_WORDS.flatMap(
    ([yes, no]) =>
      [
        [yes, true],
        [no, false],
      ] as const,
  ),
);

/**
 * Consent as the page gave it. Absent leaves the key out; a boolean is itself; a consent word
 * is its boolean. Present but empty, or a placeholder, is `false`: templates print false as
 * nothing, and per Retail Rocket's documentation false unsubscribes no one, so it is the one
 * safe reading. Other text is kept, for the schema to refuse.
 */
export function readConsent(value: unknown): boolean | string | Unreadable | undefined {
  if (value === undefined || value === null || typeof value === 'boolean') return value ?? undefined;
  const text = readText(value, 'isAgreedToReceiveMarketingMail');
  if (text === undefined) return false;
  if (typeof text !== 'string') return text;
  // The longest word is 5 characters: longer text is never lowered to be looked up.
  return (text.length < 6 ? consentOf.get(text.toLowerCase()) : undefined) ?? text;
}

/**
 * Where a customer source is, as `src` gives it: trimmed, and empty is no source at all. The
 * element and the check command both read `src` through this.
 */
export const readSource = (src: unknown): string | undefined => String(src ?? '').trim() || undefined;
