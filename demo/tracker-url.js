// Which script the playground's `?tracker=` may load: Retail Rocket's own tracker, served over
// https from retailrocket.ru or retailrocket.net (or a subdomain of either), or a script on the
// playground's own origin. Anything else is refused, so that a crafted link cannot run a
// script of its choosing on the page. index.html's Content-Security-Policy allows the same
// hosts, and the Trusted Types policy below checks every script URL against this rule again.

/** Retail Rocket's domains: each one, and any subdomain of it, may serve the tracker. */
export const TRACKER_DOMAINS = Object.freeze(['retailrocket.ru', 'retailrocket.net']);

/** The Trusted Types policy that makes the tracker's script URL; the page's CSP names it. */
export const TRACKER_POLICY_NAME = 'rr-demo-tracker';

/** @typedef {{ ok: true, url: URL } | { ok: false, reason: string }} TrackerVerdict */

const RULE = `Only https://${TRACKER_DOMAINS.join(', https://')} (or a subdomain), or a path on this site, may be loaded.`;

/**
 * Whether `value` names a script the playground may load, judged on the URL it resolves to
 * against `pageUrl`, as the browser would load it: `//other.host/x.js`, `/\other.host/x.js`,
 * `https://retailrocket.ru.other.host/x.js`, `https://retailrocket.ru@other.host/x.js` and
 * plain `http:` are all other hosts, or not https, and are refused.
 * @param {string} value the `?tracker=` parameter
 * @param {string} pageUrl the playground's own address (`location.href`)
 * @returns {TrackerVerdict}
 */
export function judgeTrackerUrl(value, pageUrl) {
  const page = new URL(pageUrl);
  /** @type {URL} */
  let url;
  try {
    url = new URL(value, page);
  } catch {
    return { ok: false, reason: `it is not a URL. ${RULE}` };
  }
  if (url.username || url.password) return { ok: false, reason: `it carries a user name or password. ${RULE}` };

  const web = url.protocol === 'https:' || url.protocol === 'http:';
  if (web && page.origin !== 'null' && url.origin === page.origin) return { ok: true, url };

  if (url.protocol !== 'https:') return { ok: false, reason: `it is not https, nor on this site. ${RULE}` };
  if (url.port !== '') return { ok: false, reason: `it names a port. ${RULE}` };
  const host = url.hostname;
  if (TRACKER_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`))) return { ok: true, url };
  return { ok: false, reason: `${host} is not Retail Rocket's. ${RULE}` };
}

/**
 * @typedef {object} ScriptUrlPolicy
 * @property {(input: string) => unknown} createScriptURL gives what `script.src` accepts
 */
/**
 * @typedef {object} TrustedTypesFactory
 * @property {(name: string, rules: { createScriptURL(input: string): string }) => ScriptUrlPolicy} createPolicy
 */

/**
 * The page's Trusted Types policy for the tracker's script URL, where the browser has Trusted
 * Types; undefined where it has none, and a plain string is what `script.src` takes. The
 * policy judges each URL again and throws on any the rule refuses.
 * @param {Window} page
 * @returns {ScriptUrlPolicy | undefined}
 */
export function trackerPolicy(page) {
  const factory = /** @type {{ trustedTypes?: TrustedTypesFactory }} */ (/** @type {unknown} */ (page)).trustedTypes;
  if (!factory) return undefined;
  return factory.createPolicy(TRACKER_POLICY_NAME, {
    createScriptURL(input) {
      const verdict = judgeTrackerUrl(input, page.location.href);
      if (!verdict.ok) throw new TypeError(`The tracker's script URL was refused: ${verdict.reason}`);
      return verdict.url.href;
    },
  });
}
