import { GUEST_STATUSES, SOURCE_MAX_BYTES, sourceFields } from '../core/source-answer.js';
import type { FieldName } from '../core/customer-fields.js';
import type { CustomerFields } from '../core/read-customer.js';

/** What a source answered: its fields, `null` for a guest, or why it failed, in words that hold nothing of the answer. */
export type SourceAnswer = { readonly fields: CustomerFields | null } | { readonly failure: string };

class SourceFailure extends Error {}

/** The body as text, read no further than `SOURCE_MAX_BYTES`, so that a wrong endpoint cannot fill the page's memory. */
async function limitedText(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  const chunks: BlobPart[] = [];
  let size = 0;
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    size += read.value.length;
    if (size > SOURCE_MAX_BYTES) {
      void reader?.cancel();
      throw new SourceFailure(`sent an answer over ${SOURCE_MAX_BYTES / 1024} KiB`);
    }
    chunks.push(read.value as Uint8Array<ArrayBuffer>);
  }
  return new Blob(chunks).text();
}

/**
 * Fetches the signed-in customer, as the fields `names`, from the store's own endpoint: with the visitor's cookies,
 * never from the HTTP cache (a cached answer may be another visitor's), and within `timeout`
 * ms for the whole answer. Resolves to `undefined` when `signal` aborts it first.
 *
 * Loaded on its own, when an element first has a source, so that the pages that need none
 * do not download it: it imports nothing that the element's bundle holds.
 */
export async function fetchCustomer(
  url: string,
  names: readonly FieldName[],
  signal: AbortSignal,
  timeout: number,
): Promise<SourceAnswer | undefined> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort();
  }, timeout);
  try {
    const response = await fetch(url, {
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { Accept: 'application/json' },
      signal: controller.signal,
    });
    if (GUEST_STATUSES.includes(response.status)) return { fields: null };
    if (!response.ok) return { failure: `answered ${response.status}` };
    const body = await limitedText(response);
    let answer: unknown;
    try {
      answer = JSON.parse(body);
    } catch {
      return { failure: 'sent an answer that is not JSON' };
    }
    const fields = sourceFields(answer, names);
    return fields === undefined ? { failure: 'sent an answer that is not a JSON object' } : { fields };
  } catch (error) {
    if (signal.aborted) return undefined;
    if (error instanceof SourceFailure) return { failure: error.message };
    return { failure: timedOut ? `did not answer within ${timeout / 1000} s` : 'could not be reached' };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}
