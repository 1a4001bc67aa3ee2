// A page's bytes as text, decoded as a browser decodes them: the HTML standard's encoding
// sniffing (encoding-sniffer: the byte order mark, then the transport's charset, then the
// prescan of the first 1024 bytes) and the Encoding standard's decoders (@exodus/bytes), then
// the parser's "change the encoding" for a guess that is only tentative.
import { TextDecoder } from '@exodus/bytes/encoding.js';
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import { attributeOf, isHtml, liveElements, parsePage } from './page-tree.js';

// A quoted or a bare `charset` parameter, as the MIME Sniffing standard parses a Content-Type.
const CHARSET_PARAMETER = /;\s*charset\s*=\s*(?:"([^"]*)"?|([^;\s]*))/i;

/** The charset parameter of a Content-Type header, or `undefined`. */
export const charsetOf = (contentType: string | undefined): string | undefined => {
  const found = CHARSET_PARAMETER.exec(contentType ?? '');
  return (found?.[1] ?? found?.[2]) || undefined;
};

// Pages that declare nothing are UTF-8 today far more often than the standard's windows-1252.
const DEFAULT_ENCODING = 'utf-8';

const decode = (bytes: Uint8Array, encoding: string) =>
  // The decoder drops a byte order mark of its own encoding; fatal: false replaces bad bytes, as a browser does.
  new TextDecoder(encoding).decode(bytes);

const latin1 = (text: string) => Uint8Array.from(text, (character) => Math.min(character.charCodeAt(0), 0xff));

/**
 * The encoding a `<meta>` element declares, by the same rules the prescan uses (a `charset`
 * attribute, or `http-equiv="content-type"` with a `content` that names a charset): the
 * element's attributes are written back as a tag and given to the sniffer, so that the
 * library's reading of them is the one used.
 */
function declaredBy(meta: Parameters<typeof attributeOf>[0]): string | undefined {
  const quoted = (value: string) => (value.includes('"') ? `'${value.replaceAll("'", '"')}'` : `"${value}"`);
  const charset = attributeOf(meta, 'charset');
  const httpEquiv = attributeOf(meta, 'http-equiv');
  const content = attributeOf(meta, 'content');
  const tag =
    charset !== null
      ? `<meta charset=${quoted(charset)}>`
      : httpEquiv?.trim().toLowerCase() === 'content-type' && content !== null
        ? `<meta http-equiv="content-type" content=${quoted(content)}>`
        : undefined;
  if (!tag) return undefined;
  const sniffer = new Sniffer({ maxBytes: tag.length });
  sniffer.write(latin1(tag));
  return sniffer.resultType === ResultType.META_TAG ? sniffer.encoding : undefined;
}

/**
 * The text of a page's bytes; `contentType` is the HTTP header, when the page came over HTTP.
 * A byte order mark or the header's charset is certain. Otherwise the guess (from a `<meta>`
 * in the first 1024 bytes, or the default) is tentative: the first `<meta>` the parser meets
 * that declares an encoding then decides, as it does in a browser, which reloads the page in
 * it; a page that declares UTF-16 from inside is read as UTF-8.
 */
export function decodePage(bytes: Uint8Array, contentType?: string): string {
  const sniffer = new Sniffer({
    transportLayerEncodingLabel: charsetOf(contentType),
    defaultEncoding: DEFAULT_ENCODING,
  });
  sniffer.write(bytes.subarray(0, 1024));
  const guess = sniffer.encoding;
  const source = decode(bytes, guess);
  const tentative = sniffer.resultType === ResultType.META_TAG || sniffer.resultType === ResultType.DEFAULT;
  if (!tentative || guess.startsWith('UTF-16')) return source;
  const meta = liveElements(parsePage(source)).find(
    (element) => isHtml(element, 'meta') && declaredBy(element) !== undefined,
  );
  const declared = meta && declaredBy(meta);
  return !declared || declared === guess ? source : decode(bytes, declared);
}

// The bytes that mark binary data (the MIME Sniffing standard), in the first 1445 bytes.
const isBinaryByte = (byte: number) =>
  byte <= 0x08 || byte === 0x0b || (byte >= 0x0e && byte <= 0x1a) || (byte >= 0x1c && byte <= 0x1f);
const HTML_NAME = /\.(?:html?|shtml)$/i;

const startsUtf16 = (bytes: Uint8Array) =>
  (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe);

/**
 * Why `bytes` are not an HTML page, or `undefined` when they may be one: binary data is not;
 * nor is text that does not start with markup, unless `name` ends in .html or .htm. UTF-16
 * text, with a byte order mark or declared by `contentType`, is read as text.
 */
export function notHtml(bytes: Uint8Array, name: string, contentType?: string): string | undefined {
  if (startsUtf16(bytes) || /^utf-16/i.test(charsetOf(contentType) ?? '')) return undefined;
  const head = bytes.subarray(0, 1445);
  if (head.some(isBinaryByte)) return 'is not an HTML page: it holds binary data';
  const text = new TextDecoder('latin1').decode(head);
  if (!HTML_NAME.test(name) && !/^(?:\xef\xbb\xbf)?\s*</.test(text))
    return 'is not an HTML page: it does not start with markup';
  return undefined;
}
