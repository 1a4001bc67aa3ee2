import type { PageResult } from './check-page.js';
import { maskPayload } from './mask.js';

/**
 * The answer as one JSON document: `{ pages: [{ page, customers: [{ line, sent, payload,
 * issues, warnings }] }] }`, with `error` on a page that could not be read. `payload` is what
 * `setCustomer` would receive, or `null`; its values are masked unless `showValues`.
 */
export function reportJson(pages: readonly PageResult[], showValues: boolean): string {
  const document = {
    pages: pages.map(({ page, customers, error }) => ({
      page,
      ...(error === undefined ? {} : { error }),
      customers: customers.map(({ line, sent, payload, issues, warnings }) => ({
        line: line ?? null,
        sent,
        payload: payload === undefined ? null : showValues ? payload : maskPayload(payload),
        issues: issues.map(({ field, message }) => ({ field, message })),
        warnings: warnings.map(({ code, message }) => ({ code, message })),
      })),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
