import type { FoundScript } from './find-scripts.js';

/** Something about the page around `<rr-customer>` that stops or muddles the call, though the markup itself is fine. */
export interface Warning {
  readonly code: 'no-definition' | 'no-tracker' | 'different-customers' | 'shared-cache' | 'consent-not-stated';
  readonly message: string;
}

// The package's own files, by name or by the folder a CDN or node_modules serves them from.
const ELEMENT_FILE = /(?:^|\/)rr-customer(?:\.iife)?\.js$/;
const namesPackageFile = (path: string) =>
  ELEMENT_FILE.test(path) || path.includes('/rr-customer@') || path.includes('/rr-customer/');

const pathOf = (url: string, base: string) => {
  try {
    return new URL(url, base).pathname;
  } catch {
    return url.replace(/[?#].*$/s, '');
  }
};

const hostOf = (url: string, base: string) => {
  try {
    return new URL(url, base).hostname;
  } catch {
    return '';
  }
};

// Static and dynamic imports, and re-exports, with their specifier in quotes.
const IMPORTS = /\b(?:import\s*\(?|from)\s*(['"`])([^'"`\n]+)\1/g;
const importsPackage = (source: string, base: string) =>
  [...source.matchAll(IMPORTS)].some(
    ([, , specifier = '']) =>
      specifier === 'rr-customer' || specifier.startsWith('rr-customer/') || namesPackageFile(pathOf(specifier, base)),
  );

/**
 * Whether the page loads a script that defines `<rr-customer>`: the module or classic build,
 * or any file of the package, by its `src`; or an inline script that imports the package.
 * A bundle of the site's own that imports it cannot be told from any other script.
 */
export const definesElement = (scripts: readonly FoundScript[], base: string): boolean =>
  scripts.some((script) =>
    script.src === undefined ? importsPackage(script.text, base) : namesPackageFile(pathOf(script.src, base)),
  );

const TRACKER_HOST = /(?:^|\.)retailrocket\.(?:ru|net)$/i;
// A host name in the text: whole labels only, so that notretailrocket.ru is not one.
const TRACKER_REFERENCE = /(?:^|[^\w.-])(?:[\w-]+\.)*retailrocket\.(?:ru|net)(?![\w-])/i;

/**
 * Whether the page loads Retail Rocket's tracker: a script from one of its hosts, or an inline
 * script that names one, as the official snippet does when it inserts the tracker's script.
 */
export const loadsTracker = (scripts: readonly FoundScript[], base: string): boolean =>
  scripts.some((script) =>
    script.src === undefined ? TRACKER_REFERENCE.test(script.text) : TRACKER_HOST.test(hostOf(script.src, base)),
  );

export const NO_DEFINITION: Warning = {
  code: 'no-definition',
  message:
    "no script on the page defines <rr-customer> (none loads rr-customer.js or rr-customer.iife.js, or imports 'rr-customer'), " +
    'so nothing is sent; if a bundle of your own imports the package, pass --assume-defined',
};

export const NO_TRACKER: Warning = {
  code: 'no-tracker',
  message:
    "the page never loads Retail Rocket's tracker (no script from retailrocket.ru or retailrocket.net, and no inline snippet that names one), " +
    'so the queued call never runs',
};

// A page with thousands of elements gets a warning of a few lines each, not a list of thousands.
const LINES_SHOWN = 5;

/** For each of `lines` (the `<rr-customer>` elements that send different customers on one page): the first few, and how many. */
export const differentCustomers = (lines: readonly (number | undefined)[]): Warning => {
  const shown = lines.slice(0, LINES_SHOWN).map((line) => line ?? '?');
  const more = lines.length - shown.length;
  return {
    code: 'different-customers',
    message:
      `${lines.length} <rr-customer> on this page send different customers ` +
      `(${more ? `lines ${shown.join(', ')} and ${more} more` : `lines ${shown.join(', ')}`}): ` +
      'the tracker is told of each of them, one after another',
  };
};

/** The answer's headers, by lower-case name. */
export type AnswerHeaders = Readonly<Record<string, string>>;

// Cache-Control's directives, by name, with their values: `max-age=60, public` → {max-age: '60', public: ''}.
function directives(cacheControl: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of cacheControl.split(',')) {
    const [name = '', value = ''] = part.split('=', 2).map((text) => text.trim());
    if (name) found.set(name.toLowerCase(), value.replace(/^"|"$/g, ''));
  }
  return found;
}

/**
 * Why the answer says a shared cache may store the page or served it from one, or `undefined`:
 * `Cache-Control` with `public` or `s-maxage`, or `max-age` above 0 with none of `private`,
 * `no-store` or `no-cache`; `Age` above 0; `X-Cache` or `CF-Cache-Status` that says HIT; or
 * 1C-Bitrix's `X-Bitrix-Composite`.
 */
export function sharedCacheSign(headers: AnswerHeaders): string | undefined {
  const cacheControl = headers['cache-control'];
  if (cacheControl !== undefined) {
    const given = directives(cacheControl);
    if (given.has('public')) return 'Cache-Control: public';
    if (given.has('s-maxage')) return 'Cache-Control: s-maxage';
    const maxAge = Number(given.get('max-age'));
    if (maxAge > 0 && !['private', 'no-store', 'no-cache'].some((name) => given.has(name)))
      return 'Cache-Control: max-age above 0';
  }
  if (Number(headers['age']) > 0) return 'Age above 0';
  for (const name of ['x-cache', 'cf-cache-status'] as const) {
    if (/hit/i.test(headers[name] ?? '')) return `${name === 'x-cache' ? 'X-Cache' : 'CF-Cache-Status'}: HIT`;
  }
  if (headers['x-bitrix-composite'] !== undefined) return 'X-Bitrix-Composite (1C-Bitrix composite mode)';
  return undefined;
}

/** For a page whose answer shows `sign` of a shared cache, and an element that sends a customer from its markup. */
export const sharedCache = (sign: string): Warning => ({
  code: 'shared-cache',
  message:
    `the answer says a shared cache may store this page or served it from one (${sign}), ` +
    'so every visitor may be told to be this customer: give the element a src, the customer from a private endpoint, instead',
});

export const CONSENT_NOT_STATED: Warning = {
  code: 'consent-not-stated',
  message:
    'the markup gives no is-agreed-to-receive-marketing-mail, so Retail Rocket counts the customer as subscribed to marketing mail',
};
