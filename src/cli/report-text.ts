import type { CustomerReport, PageResult } from './check-page.js';
import { maskPayload } from './mask.js';

const NO_CUSTOMER = 'no <rr-customer> in the markup (one that a script adds is not seen)';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function verdict({ sent, issues }: CustomerReport): string {
  if (!sent) return `would send nothing (${plural(issues.length, 'issue')})`;
  return issues.length ? `would send setCustomer, leaving out ${plural(issues.length, 'bad value')}` : 'would send setCustomer';
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
    ...Object.entries(payload ?? {}).map(([key, value]) => [key, JSON.stringify(value)] as const),
    ...customer.issues.map(({ field, message }) => [customer.sent ? 'left out' : 'issue', `${field}: ${message}`] as const),
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
    counts.filter(([count]) => count).map(([count, what]) => `${count} ${what}`).join(', '),
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
  `${[...pages.flatMap((page) => [...pageBlock(page, showValues), '']), summary(pages)].join('\n')}\n`;
