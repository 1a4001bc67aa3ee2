import { checkPage, type CheckOptions, type PageResult } from './page/check-page.js';
import type { PageInput } from './page-inputs.js';
import { fetchPage, readPageFile } from './read-page.js';

export interface PagesOptions extends CheckOptions {
  /** How long a URL has to answer in full, in seconds. */
  readonly timeout: number;
  /** Told after each page, for progress. */
  readonly onPage?: () => void;
}

// Enough to keep a slow server from holding up the rest, few enough to be polite to one site.
const AT_ONCE = 8;

async function checkOne(input: PageInput, options: PagesOptions): Promise<PageResult> {
  if (input.kind === 'error') return { page: input.page, customers: [], error: input.error };
  const read = input.kind === 'url' ? await fetchPage(input.url, options.timeout) : await readPageFile(input.path);
  if ('error' in read) return { page: input.page, customers: [], error: read.error };
  return { page: input.page, customers: checkPage(read.source, read.base, options) };
}

/** Checks each input, a few at a time, and answers in the inputs' order. */
export async function checkPages(inputs: readonly PageInput[], options: PagesOptions): Promise<PageResult[]> {
  const results: PageResult[] = new Array(inputs.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < inputs.length; index = next++) {
      results[index] = await checkOne(inputs[index] as PageInput, options);
      options.onPage?.();
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, inputs.length) }, worker));
  return results;
}
