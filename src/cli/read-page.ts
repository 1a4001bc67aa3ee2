import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { decodePage, notHtml } from './page/decode-page.js';

/** A page's text and the address its relative URLs are read against, or why it could not be read. */
export type ReadPage = { readonly source: string; readonly base: string } | { readonly error: string };

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export async function readPageFile(path: string): Promise<ReadPage> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'is no file' : `cannot be read (${code ?? (error as Error).message})` };
  }
  const problem = notHtml(bytes, path);
  return problem ? { error: problem } : { source: decodePage(bytes), base: pathToFileURL(path).href };
}

// Node's fetch fails with a TypeError whose cause holds the system's error code.
function whyFetchFailed(error: unknown, seconds: number): string {
  if ((error as { name?: unknown }).name === 'TimeoutError') return `did not answer within ${seconds} s`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const reason = cause?.code ?? cause?.message ?? (error as Error).message;
  if (reason === 'ECONNREFUSED') return 'refused the connection';
  if (reason === 'ENOTFOUND' || reason === 'EAI_AGAIN') return 'names a host that cannot be found';
  return `could not be fetched (${reason})`;
}

/** Fetches `url`, following redirects, within `seconds` for the whole answer. */
export async function fetchPage(url: string, seconds: number): Promise<ReadPage> {
  const signal = AbortSignal.timeout(seconds * 1000);
  try {
    const response = await fetch(url, {
      redirect: 'follow',
      signal,
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { error: `answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
    }
    const contentType = response.headers.get('content-type') ?? undefined;
    const type = contentType?.split(';')[0]?.trim().toLowerCase();
    if (type && !HTML_TYPES.has(type)) {
      await response.body?.cancel().catch(() => undefined);
      return { error: `is not an HTML page (Content-Type: ${type})` };
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    const problem = type ? undefined : notHtml(bytes, new URL(response.url).pathname);
    return problem ? { error: problem } : { source: decodePage(bytes, contentType), base: response.url };
  } catch (error) {
    return { error: whyFetchFailed(error, seconds) };
  }
}
