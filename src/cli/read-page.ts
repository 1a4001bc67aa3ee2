import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { decodePage, notHtml } from './page/decode-page.js';
import { splitCredentials } from './page/shown-url.js';

/** The answer's headers a check reads, by lower-case name. */
export type PageHeaders = Readonly<Record<string, string>>;

/**
 * A page's text, the address its relative URLs are read against and, for a URL, the answer's
 * headers; or why it could not be read.
 */
export type ReadPage =
  { readonly source: string; readonly base: string; readonly headers?: PageHeaders } | { readonly error: string };

/** How a page is read. */
export interface ReadOptions {
  /** The most bytes a page may have, once any Content-Encoding is undone; 64 MiB unless given. */
  readonly maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 64 * 2 ** 20;

/** A URL's answer: how long it may take in full, and the credentials to send with it. */
export interface FetchOptions extends ReadOptions {
  /** Seconds, to the millisecond; 10 unless given. */
  readonly timeout?: number;
  /** An `Authorization` header's value, from the URL's `user:password`. */
  readonly authorization?: string;
}

/** Shown in a page's error: the limit, in the unit it is easiest to read in. */
export function sizeText(bytes: number): string {
  const units = [
    [2 ** 30, 'GiB'],
    [2 ** 20, 'MiB'],
    [2 ** 10, 'KiB'],
  ] as const;
  const [size, unit] = units.find(([size]) => bytes >= size && bytes % size === 0) ?? [1, 'bytes'];
  return `${bytes / size} ${unit}`;
}

const tooLarge = (maxBytes: number) => `is larger than the page size limit of ${sizeText(maxBytes)} (--max-page-size)`;

class TooLarge extends Error {}

/** Every chunk of `chunks`, joined; throws `TooLarge` as soon as they pass `maxBytes`, having read no more. */
async function collect(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    length += chunk.byteLength;
    if (length > maxBytes) throw new TooLarge();
    parts.push(chunk);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}

// A browser opens such a file as XML, whose rules this command does not follow.
const XHTML_NAME = /\.xhtml?$/i;
const XHTML_REFUSED =
  'is an XHTML page (application/xhtml+xml), which a browser reads as XML: check it as the text/html page your server also renders';

const failureOf = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'is no file';
  return `cannot be read (${code ?? (error as Error).message})`;
};

/** Reads the file at `path`: its size first, then no more than `maxBytes` of it (a device or a file that grows is read as a stream). */
export async function readPageFile(
  path: string,
  { maxBytes = DEFAULT_MAX_BYTES }: ReadOptions = {},
): Promise<ReadPage> {
  if (XHTML_NAME.test(path)) return { error: XHTML_REFUSED };
  let bytes: Uint8Array;
  try {
    const found = await stat(path);
    if (found.size > maxBytes) return { error: tooLarge(maxBytes) };
    bytes = await collect(createReadStream(path, { highWaterMark: 1 << 20 }), maxBytes);
  } catch (error) {
    return { error: error instanceof TooLarge ? tooLarge(maxBytes) : failureOf(error) };
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

const HEADERS_READ = ['cache-control', 'age', 'x-cache', 'cf-cache-status', 'x-bitrix-composite'];

const headersOf = (headers: Headers): PageHeaders =>
  Object.fromEntries(HEADERS_READ.flatMap((name) => (headers.has(name) ? [[name, headers.get(name) ?? '']] : [])));

/**
 * Fetches `url` (which holds no credentials: they come as `authorization`), following
 * redirects, within `timeout` seconds for the whole answer, reading no more than `maxBytes`
 * of its decoded body.
 */
export async function fetchPage(
  url: string,
  { timeout = 10, maxBytes = DEFAULT_MAX_BYTES, authorization }: FetchOptions = {},
): Promise<ReadPage> {
  const signal = AbortSignal.timeout(Math.round(timeout * 1000));
  try {
    const response = await fetch(url, {
      redirect: 'follow',
      signal,
      headers: { accept: 'text/html,*/*;q=0.1', ...(authorization ? { authorization } : {}) },
    });
    const drop = () => response.body?.cancel().catch(() => undefined);
    if (!response.ok) {
      await drop();
      return { error: `answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
    }
    const contentType = response.headers.get('content-type') ?? undefined;
    const type = contentType?.split(';')[0]?.trim().toLowerCase();
    if (type === 'application/xhtml+xml') {
      await drop();
      return { error: XHTML_REFUSED };
    }
    if (type && type !== 'text/html') {
      await drop();
      return { error: `is not an HTML page (Content-Type: ${type})` };
    }
    const length = Number(response.headers.get('content-length') ?? NaN);
    if (length > maxBytes && !response.headers.has('content-encoding')) {
      await drop();
      return { error: tooLarge(maxBytes) };
    }
    let bytes: Uint8Array;
    try {
      // Node's web streams are async iterable, whatever lib the build types them with.
      bytes = response.body
        ? await collect(response.body as unknown as AsyncIterable<Uint8Array>, maxBytes)
        : new Uint8Array();
    } catch (error) {
      if (!(error instanceof TooLarge)) throw error;
      await drop();
      return { error: tooLarge(maxBytes) };
    }
    const problem = type ? undefined : notHtml(bytes, new URL(response.url).pathname, contentType);
    if (problem) return { error: problem };
    return {
      source: decodePage(bytes, contentType),
      // A redirect's Location may hold credentials too: they go nowhere else.
      base: splitCredentials(response.url).url,
      headers: headersOf(response.headers),
    };
  } catch (error) {
    return { error: whyFetchFailed(error, timeout) };
  }
}
