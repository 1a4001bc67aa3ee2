import type { PageResult } from './check-page.js';

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
        (level >= 1 && !customer.sent) || (level >= 2 && customer.issues.length > 0) || (level >= 3 && customer.warnings.length > 0),
    );
  return fails ? 1 : 0;
}
