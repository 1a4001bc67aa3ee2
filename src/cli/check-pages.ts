import { checkPage, type CheckOptions, type PageResult } from './page/check-page.js';
import type { PageInput } from './page-inputs.js';
import { fetchPage, readPageFile, type ReadPage } from './read-page.js';

export interface PagesOptions extends CheckOptions {
  /** How long a URL has to answer in full, in seconds. */
  readonly timeout: number;
  /** The most bytes a page may have. */
  readonly maxBytes: number;
  /** Told after each page, for progress. */
  readonly onPage?: () => void;
}

// Enough to keep a slow server from holding up the rest, few enough to be polite to one site.
const AT_ONCE = 8;

async function checkOne(input: PageInput, options: PagesOptions): Promise<PageResult> {
  if (input.kind === 'error') return { page: input.page, customers: [], error: input.error };
  const read: ReadPage =
    input.kind === 'url'
      ? await fetchPage(input.url, { ...options, authorization: input.authorization })
      : await readPageFile(input.path, options);
  if ('error' in read) return { page: input.page, customers: [], error: read.error };
  return { page: input.page, customers: checkPage(read.source, read.base, { ...options, headers: read.headers }) };
}

// An error that none of the page's own reasons foresaw. Its message, not its stack: the other
// pages' results are what the user is waiting for. No value of the page's is ever in it.
const unexpected = (error: unknown) =>
  `could not be checked: an unexpected error, please report it (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)})`;

/** Checks each input, a few at a time, and answers in the inputs' order; one page's failure is that page's error. */
export async function checkPages(inputs: readonly PageInput[], options: PagesOptions): Promise<PageResult[]> {
  const results: PageResult[] = new Array(inputs.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < inputs.length; index = next++) {
      const input = inputs[index] as PageInput;
      try {
        results[index] = await checkOne(input, options);
      } catch (error) {
        results[index] = { page: input.page, customers: [], error: unexpected(error) };
      }
      options.onPage?.();
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, inputs.length) }, worker));
  return results;
}
