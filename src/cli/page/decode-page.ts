// A page's bytes as text, the way a browser picks the encoding (a simplified form of the
// HTML standard's steps): a byte order mark, then the charset of the Content-Type header,
// then a <meta> charset in the first 1024 bytes, else UTF-8. A store on windows-1251 then
// reads as it does in the browser.

const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

const charsetOf = (contentType: string | undefined) =>
  /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    const decoder = new TextDecoder(label);
    // A page cannot declare itself UTF-16 from inside: the standard reads that as UTF-8.
    return decoder.encoding.startsWith('utf-16') ? new TextDecoder('utf-8') : decoder;
  } catch {
    return undefined;
  }
}

/** The text of a page's bytes; `contentType` is the HTTP header, when the page came over HTTP. */
export function decodePage(bytes: Uint8Array, contentType?: string): string {
  const bom = bomEncoding(bytes);
  // The decoder drops the byte order mark itself.
  if (bom) return new TextDecoder(bom).decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const decoder =
    decoderFor(charsetOf(contentType)) ?? decoderFor(META_CHARSET.exec(head)?.[1]) ?? new TextDecoder('utf-8');
  return decoder.decode(bytes);
}

// The bytes that mark binary data (the MIME Sniffing standard), in the first 1445 bytes.
const isBinaryByte = (byte: number) =>
  byte <= 0x08 || byte === 0x0b || (byte >= 0x0e && byte <= 0x1a) || (byte >= 0x1c && byte <= 0x1f);
const HTML_NAME = /\.(?:html?|xhtml|shtml)$/i;

/**
 * Why `bytes` are not an HTML page, or `undefined` when they may be one: binary data is not;
 * nor is text that does not start with markup, unless `name` ends in .html or .htm.
 */
export function notHtml(bytes: Uint8Array, name: string): string | undefined {
  if (bomEncoding(bytes)?.startsWith('utf-16')) return undefined;
  const head = bytes.subarray(0, 1445);
  if (head.some(isBinaryByte)) return 'is not an HTML page: it holds binary data';
  const text = new TextDecoder('latin1').decode(head);
  if (!HTML_NAME.test(name) && !/^(?:\xef\xbb\xbf)?\s*</.test(text))
    return 'is not an HTML page: it does not start with markup';
  return undefined;
}
