import type { FoundScript } from './find-scripts.js';

/** Something about the page around `<rr-customer>` that stops or muddles the call, though the markup itself is fine. */
export interface Warning {
  readonly code: 'no-definition' | 'no-tracker' | 'different-customers';
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

/** For each of `lines` (the `<rr-customer>` elements that send different customers on one page). */
export const differentCustomers = (lines: readonly (number | undefined)[]): Warning => ({
  code: 'different-customers',
  message:
    `${lines.length} <rr-customer> on this page send different customers (lines ${lines.map((line) => line ?? '?').join(', ')}): ` +
    'the tracker is told of each of them, one after another',
});
