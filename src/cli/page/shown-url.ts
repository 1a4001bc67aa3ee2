/** A URL without its `user:password`, and the `Authorization: Basic` value they make, if it had them. */
export interface SplitUrl {
  readonly url: string;
  readonly authorization: string | undefined;
}

const base64 = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
};

/**
 * Splits the credentials off `href` (an absolute URL): fetch refuses a URL that holds them, and
 * a browser sends them as Basic authentication. They are percent-decoded first, as a browser
 * decodes them, and sent as UTF-8.
 */
export function splitCredentials(href: string): SplitUrl {
  const url = new URL(href);
  if (!url.username && !url.password) return { url: url.href, authorization: undefined };
  const decoded = (part: string) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  };
  const authorization = `Basic ${base64(`${decoded(url.username)}:${decoded(url.password)}`)}`;
  url.username = '';
  url.password = '';
  return { url: url.href, authorization };
}

// The userinfo of an absolute URL with an authority: what lies between `//` and the last `@` before the path.
const USERINFO = /^([a-z][a-z\d+.-]*:\/\/)([^/?#]*)@/i;

/**
 * `text` with any password in a URL's userinfo shown as `***` (`user:***@host/…`), so that it is
 * never printed. Works on what the user typed too, which may not parse as a URL.
 */
export const shownUrl = (text: string): string =>
  text.replace(USERINFO, (_, scheme: string, userinfo: string) => {
    const colon = userinfo.indexOf(':');
    return `${scheme}${colon < 0 ? userinfo : `${userinfo.slice(0, colon)}:***`}@`;
  });
