// What the command tells: the exit code, and the report as text for a person or as JSON,
// with the customer's values masked unless asked for.
import type { CustomerPayload } from '../core/customer-payload.js';
import type { CustomerReport, PageResult } from './page/check-page.js';

/** What makes the exit code 1: nothing, a call that is not sent, any issue, or any warning too. */
export const FAIL_ON = ['never', 'blocked', 'issues', 'warnings'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/**
 * 2 when a page could not be read; else 1 when some `<rr-customer>` fails `failOn`; else 0.
 * A page without `<rr-customer>` passes.
 */
export function exitCodeOf(pages: readonly PageResult[], failOn: FailOn): 0 | 1 | 2 {
  if (pages.some((page) => page.error !== undefined)) return 2;
  const level = FAIL_ON.indexOf(failOn);
  const fails = pages
    .flatMap((page) => page.customers)
    .some(
      (customer) =>
        (level >= 1 && !customer.sent) ||
        (level >= 2 && customer.issues.length > 0) ||
        (level >= 3 && customer.warnings.length > 0),
    );
  return fails ? 1 : 0;
}

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
    return Object.fromEntries(
      Object.entries(value).map(([name, entry]) => [name, typeof entry === 'string' ? maskText(entry) : HIDDEN]),
    );
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
  Object.fromEntries(
    Object.entries(payload).map(([key, value]) => [key, maskValue(key, value)]),
  ) as unknown as CustomerPayload;

// C0 and C1 controls, DEL, and the bidirectional overrides and isolates: each can move the
// cursor, retitle a terminal, clear it, or reorder what the line seems to say.
// eslint-disable-next-line no-control-regex -- matching them is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with each control character shown as an escape (`\x1b`, `\u202e`), so that a terminal prints it and never obeys it. */
export const escapeControls = (text: string): string =>
  text.replace(CONTROLS, (character) => {
    const code = character.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });

const NO_CUSTOMER = 'no <rr-customer> in the markup (one that a script adds is not seen)';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function verdict({ sent, issues, source }: CustomerReport): string {
  if (!sent) return `would send nothing (${plural(issues.length, 'issue')})`;
  if (source !== undefined) {
    return issues.length
      ? `would send setCustomer once its src answers with a customer, leaving out ${plural(issues.length, 'bad value')}`
      : 'would send setCustomer once its src answers with a customer';
  }
  return issues.length
    ? `would send setCustomer, leaving out ${plural(issues.length, 'bad value')}`
    : 'would send setCustomer';
}

/** One block of labelled rows, the labels in a column of their own. */
function rows(entries: readonly (readonly [string, string])[], indent: string): string[] {
  const width = Math.max(...entries.map(([label]) => label.length));
  return entries.map(([label, text]) => `${indent}${label.padEnd(width)}  ${text}`);
}

function customerBlock(customer: CustomerReport, showValues: boolean): string[] {
  const where = customer.line === undefined ? '' : ` at line ${customer.line}`;
  const payload = customer.payload && (showValues ? customer.payload : maskPayload(customer.payload));
  const entries: (readonly [string, string])[] = [
    ...(customer.source === undefined ? [] : [['source', customer.source] as const]),
    ...Object.entries(payload ?? {}).map(([key, value]) => [key, JSON.stringify(value)] as const),
    ...customer.issues.map(
      ({ code, field, message }) => [customer.sent ? 'left out' : 'issue', `${field} (${code}): ${message}`] as const,
    ),
    ...customer.warnings.map(({ message }) => ['warning', message] as const),
  ];
  return [`  <rr-customer>${where}: ${verdict(customer)}`, ...(entries.length ? rows(entries, '    ') : [])];
}

function pageBlock({ page, customers, error }: PageResult, showValues: boolean): string[] {
  if (error !== undefined) return [page, `  error: ${error}`];
  // Said where it matters most: a script-rendered block is the likeliest reason.
  if (!customers.length) return [page, `  ${NO_CUSTOMER}`];
  return [page, ...customers.flatMap((customer) => customerBlock(customer, showValues))];
}

function summary(pages: readonly PageResult[]): string {
  const customers = pages.flatMap((page) => page.customers);
  const counts = [
    [customers.filter((customer) => customer.sent && !customer.issues.length).length, 'would send'],
    [customers.filter((customer) => customer.sent && customer.issues.length).length, 'would send with values left out'],
    [customers.filter((customer) => !customer.sent).length, 'would send nothing'],
  ] as const;
  const parts = [
    `${plural(pages.length, 'page')}, ${plural(customers.length, '<rr-customer>', '<rr-customer>')}`,
    counts
      .filter(([count]) => count)
      .map(([count, what]) => `${count} ${what}`)
      .join(', '),
    [
      [pages.filter((page) => page.customers.some((customer) => customer.warnings.length)).length, 'with warnings'],
      [pages.filter((page) => page.error === undefined && !page.customers.length).length, 'without <rr-customer>'],
      [pages.filter((page) => page.error !== undefined).length, 'that could not be read'],
    ]
      .filter(([count]) => count)
      .map(([count, what]) => `${plural(count as number, 'page')} ${what}`)
      .join(', '),
  ];
  return parts.filter(Boolean).join('; ');
}

/**
 * The answer for a person: one block per page with each `<rr-customer>`'s verdict, the
 * payload's keys and values (masked unless `showValues`), each issue, each warning; then a
 * summary line.
 */
export const reportText = (pages: readonly PageResult[], showValues: boolean): string =>
  `${[...pages.flatMap((page) => [...pageBlock(page, showValues), '']), summary(pages)].map(escapeControls).join('\n')}\n`;

/**
 * The answer as one JSON document: `{ pages: [{ page, customers: [{ line, source, sent,
 * payload, issues, warnings }] }] }`, with `error` on a page that could not be read. `source`
 * is the URL an element with `src` takes the customer from, else `null`. `payload` is what
 * `setCustomer` would receive (for an element with `src`, what its markup adds), or `null`;
 * its values are masked unless `showValues`.
 */
export function reportJson(pages: readonly PageResult[], showValues: boolean): string {
  const document = {
    pages: pages.map(({ page, customers, error }) => ({
      page,
      ...(error === undefined ? {} : { error }),
      customers: customers.map(({ line, source, sent, payload, issues, warnings }) => ({
        line: line ?? null,
        source: source ?? null,
        sent,
        payload: payload === undefined ? null : showValues ? payload : maskPayload(payload),
        issues: issues.map(({ code, field, message }) => ({ code, field, message })),
        warnings: warnings.map(({ code, message }) => ({ code, message })),
      })),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
