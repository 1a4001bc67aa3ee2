/**
 * A phone number as Retail Rocket's formats write it: 7 to 15 digits, an optional leading
 * `+`, digit groups joined by a single space, hyphen or dot, and at most one bracketed group right
 * after the country code (`+7 (111) 222-33-44`).
 *
 * The lookahead counts the digits. The groups after it need a separator between them, so
 * no two branches can match the same text and the pattern runs in linear time.
 */
export const PHONE_PATTERN = /^(?=(?:\D*\d){7,15}\D*$)\+?\d+(?: ?\(\d+\) ?\d+)?(?:[ .-]\d+)*$/;

/**
 * The longest text `PHONE_PATTERN` can match: `+`, 15 digits, ` (` and `) ` around the
 * bracketed group, and one separator before each of the 12 groups of one digit after it.
 */
export const PHONE_MAX_LENGTH = 1 + 15 + 4 + 12;

// The HTML standard's "valid email address", what `<input type=email>` accepts: a local part
// of the listed characters, then labels of letters, digits and inner hyphens, each at most 63.
const EMAIL_PATTERN =
  /^[\w.!#$%&'*+/=?^`{|}~-]+@[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)*$/i;

// A domain of letters, digits, dots and hyphens, some of them beyond ASCII: nothing that the
// URL parser would read as a port, a path or an escape and so drop from the host.
const INTERNATIONAL_DOMAIN = /^(?:[a-z\d.-]|[^\0-\x7f])*[^\0-\x7f](?:[a-z\d.-]|[^\0-\x7f])*$/iu;

/**
 * Whether text is a valid email address as a browser's `<input type=email>` judges it, after
 * the domain is converted to ASCII as a browser converts it (IDNA, UTS #46, which the URL
 * host parser does in browsers and in Node): `anna@пример.рф` is valid, as is its punycode,
 * and `someone@do-.com` is not.
 */
export function isEmail(text: string): boolean {
  const at = text.lastIndexOf('@');
  const domain = text.slice(at + 1);
  if (at < 0 || !INTERNATIONAL_DOMAIN.test(domain)) return EMAIL_PATTERN.test(text);
  try {
    return EMAIL_PATTERN.test(`${text.slice(0, at)}@${new URL(`http://${domain}`).hostname}`);
  } catch {
    return false;
  }
}
