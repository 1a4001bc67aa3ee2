// The CDN builds must run in the oldest browsers the README's "Browser support" section names.
// Read from the built files, whatever the element's source is today:
// - syntax: esbuild, asked to build each file for those browsers, must have nothing to rewrite;
// - APIs: every global the files read must be in the table below, and every global or method
//   there (and the newer methods it watches for) must be in those browsers, unless the code
//   looks for it first.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { transform } from 'esbuild';
import { Linter } from 'eslint';

const root = new URL('../../', import.meta.url);
const BROWSERS = /** @type {const} */ (['chrome', 'edge', 'firefox', 'safari']);
/** @typedef {(typeof BROWSERS)[number]} Browser */
/** @typedef {Record<Browser, number | false>} Versions first version of each, `false` for none */

/**
 * Edge is Chromium's from version 79 on; the older EdgeHTML has no custom elements.
 * @param {number | false} chrome @param {number | false} firefox @param {number | false} safari
 * @returns {Versions}
 */
const v = (chrome, firefox, safari) => ({
  chrome,
  edge: chrome === false ? false : Math.max(chrome, 79),
  firefox,
  safari,
});

/** Custom elements v1 with shadow DOM: nothing here runs without them. */
const CUSTOM_ELEMENTS = v(67, 63, 10.1);

/**
 * Every global the builds may read, with the first version of each browser that has it (from
 * MDN's compatibility data). A global missing here fails the test until it is added.
 * @type {Record<string, { versions: Versions, note?: string }>}
 */
const GLOBALS = {
  console: { versions: CUSTOM_ELEMENTS },
  window: { versions: CUSTOM_ELEMENTS },
  document: { versions: CUSTOM_ELEMENTS },
  Document: { versions: CUSTOM_ELEMENTS },
  HTMLElement: { versions: CUSTOM_ELEMENTS },
  CustomEvent: { versions: CUSTOM_ELEMENTS },
  MutationObserver: { versions: CUSTOM_ELEMENTS },
  CSSStyleSheet: { versions: CUSTOM_ELEMENTS, note: 'the interface; its constructor is looked for first' },
  customElements: { versions: CUSTOM_ELEMENTS },
  queueMicrotask: { versions: v(71, 69, 12.1) },
  structuredClone: { versions: v(98, 94, 15.4) },
  URL: { versions: v(32, 19, 7) },
  fetch: { versions: v(42, 39, 10.1) },
  Blob: { versions: v(20, 13, 8) },
  setTimeout: { versions: v(1, 1, 1) },
  clearTimeout: { versions: v(1, 1, 1) },
  AbortController: { versions: v(66, 57, 12.1) },
  WeakRef: { versions: v(84, 79, 14.1) },
  FinalizationRegistry: { versions: v(84, 79, 14.1) },
  AggregateError: { versions: v(85, 79, 14) },
  Iterator: { versions: v(122, 131, 18.4) },
  requestIdleCallback: { versions: v(47, 55, false) },
  litPropertyMetadata: { versions: CUSTOM_ELEMENTS, note: 'lit sets it on globalThis before reading it' },
};

/**
 * Methods and properties newer than custom elements that the builds must not use unless the
 * browsers named have them. `detected` names those the code looks for before it uses them.
 * @type {Record<string, { versions: Versions, on?: string, detected?: string }>}
 */
const MEMBERS = {
  flat: { versions: v(69, 62, 12) },
  flatMap: { versions: v(69, 62, 12) },
  fromEntries: { versions: v(73, 63, 12.1), on: 'Object' },
  matchAll: { versions: v(73, 67, 13) },
  trimStart: { versions: v(66, 61, 12) },
  trimEnd: { versions: v(66, 61, 12) },
  allSettled: { versions: v(76, 71, 13), on: 'Promise' },
  any: { versions: v(85, 79, 14), on: 'Promise' },
  replaceAll: { versions: v(85, 77, 13.1) },
  at: { versions: v(92, 90, 15.4) },
  hasOwn: { versions: v(93, 92, 15.4), on: 'Object' },
  randomUUID: { versions: v(92, 95, 15.4) },
  structuredClone: { versions: v(98, 94, 15.4) },
  findLast: { versions: v(97, 104, 15.4) },
  findLastIndex: { versions: v(97, 104, 15.4) },
  toSorted: { versions: v(110, 115, 16) },
  toReversed: { versions: v(110, 115, 16) },
  toSpliced: { versions: v(110, 115, 16) },
  isWellFormed: { versions: v(111, 119, 16.4) },
  toWellFormed: { versions: v(111, 119, 16.4) },
  groupBy: { versions: v(117, 119, 17.4) },
  withResolvers: { versions: v(119, 121, 17.4), on: 'Promise' },
  fromAsync: { versions: v(121, 115, 16.4), on: 'Array' },
  union: { versions: v(122, 127, 17) },
  intersection: { versions: v(122, 127, 17) },
  symmetricDifference: { versions: v(122, 127, 17) },
  isSubsetOf: { versions: v(122, 127, 17) },
  isSupersetOf: { versions: v(122, 127, 17) },
  isDisjointFrom: { versions: v(122, 127, 17) },
  attachInternals: { versions: v(77, 93, 16.4) },
  adoptedStyleSheets: {
    versions: v(73, 101, 16.4),
    detected: 'lit checks for adoptedStyleSheets and CSSStyleSheet.replace, else writes a <style> element',
  },
  replaceSync: { versions: v(73, 101, 16.4), detected: 'only where adoptedStyleSheets is used' },
  metadata: { versions: v(false, false, false), on: 'Symbol', detected: 'lit sets Symbol.metadata ??= Symbol()' },
  captureStackTrace: { versions: v(3, false, false), on: 'Error', detected: 'zod calls it only where it exists' },
  trustedTypes: { versions: v(83, false, false), detected: 'lit uses Trusted Types only where they exist' },
};

/** esbuild's names for each browser; Safari on iOS and iPadOS has the same versions. */
const ESBUILD_NAMES = { chrome: ['chrome'], edge: ['edge'], firefox: ['firefox'], safari: ['safari', 'ios'] };

/** esbuild's names of syntax features (its `supported` option), to say which one a build needs. */
const SYNTAX_FEATURES = [
  'arbitrary-module-namespace-names',
  'array-spread',
  'arrow',
  'async-await',
  'async-generator',
  'bigint',
  'class',
  'class-field',
  'class-private-accessor',
  'class-private-brand-check',
  'class-private-field',
  'class-private-method',
  'class-private-static-accessor',
  'class-private-static-field',
  'class-private-static-method',
  'class-static-blocks',
  'class-static-field',
  'const-and-let',
  'decorators',
  'default-argument',
  'destructuring',
  'dynamic-import',
  'exponent-operator',
  'export-star-as',
  'for-await',
  'for-of',
  'function-name-configurable',
  'generator',
  'import-attributes',
  'import-meta',
  'logical-assignment',
  'nested-rest-binding',
  'new-target',
  'nullish-coalescing',
  'object-accessors',
  'object-extensions',
  'object-rest-spread',
  'optional-catch-binding',
  'optional-chain',
  'regexp-dot-all-flag',
  'regexp-lookbehind-assertions',
  'regexp-match-indices',
  'regexp-named-capture-groups',
  'regexp-set-notation',
  'regexp-sticky-and-unicode-flags',
  'regexp-unicode-property-escapes',
  'rest-argument',
  'template-literal',
  'top-level-await',
  'unicode-escapes',
  'using',
];

/** The minimum versions the README states: the bold "Chrome N, Edge N, Firefox N, Safari N". */
async function statedVersions() {
  const readme = await readFile(new URL('README.md', root), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Browser support'));
  assert.ok(section, 'README.md has a "## Browser support" section');
  const bold = [...section.matchAll(/\*\*([^*]+)\*\*/g)]
    .map((match) => match[1] ?? '')
    .find((text) => /Chrome \d/.test(text));
  assert.ok(bold, 'the section states the oldest versions in bold, as "Chrome N, Edge N, Firefox N, Safari N"');
  /** @type {Partial<Record<Browser, number>>} */
  const stated = {};
  for (const [, name, version] of bold.matchAll(/(Chrome|Edge|Firefox|Safari) (\d+(?:\.\d+)?)/g)) {
    stated[/** @type {Browser} */ (name?.toLowerCase())] = Number(version);
  }
  for (const browser of BROWSERS) assert.ok(stated[browser], `the statement names a version of ${browser}`);
  return /** @type {Record<Browser, number>} */ (stated);
}

/**
 * The globals a build reads and the member names it uses, from its syntax tree.
 * @param {string} code @param {'module' | 'script'} sourceType
 */
function namesIn(code, sourceType) {
  const globals = new Set();
  /** @type {Map<string, Set<string>>} member name → the identifiers it is read from ('' for others) */
  const members = new Map();
  const messages = new Linter().verify(code, {
    languageOptions: { ecmaVersion: 'latest', sourceType, globals: {} },
    plugins: {
      support: {
        rules: {
          names: {
            create: (context) => ({
              'Program:exit': (node) => {
                // ESLint 9's SourceCode has getScope; its typings leave it to each language.
                const sourceCode = /** @type {import('eslint').SourceCode} */ (
                  /** @type {unknown} */ (context.sourceCode)
                );
                for (const reference of sourceCode.getScope(node).through) globals.add(reference.identifier.name);
              },
              MemberExpression: (node) => {
                if (node.computed || node.property.type !== 'Identifier') return;
                const on = node.object.type === 'Identifier' ? node.object.name : '';
                members.set(node.property.name, (members.get(node.property.name) ?? new Set()).add(on));
              },
            }),
          },
        },
      },
    },
    rules: { 'support/names': 'error' },
  });
  const fatal = messages.find((message) => message.fatal);
  assert.equal(fatal, undefined, `the build parses: ${fatal?.message}`);
  return { globals, members };
}

/** The esbuild targets of each browser at `version`. @param {Browser} browser @param {number} version */
const targetsAt = (browser, version) => ESBUILD_NAMES[browser].map((name) => `${name}${version}`);

/**
 * What esbuild makes of `code` for `targets`, with `supported` overriding its tables; '' when it cannot.
 * @param {string} code @param {string[]} targets @param {Record<string, boolean>} [supported]
 */
async function lowered(code, targets, supported = {}) {
  try {
    return (await transform(code, { target: targets, supported, charset: 'utf8' })).code;
  } catch {
    return '';
  }
}

/**
 * Whether esbuild leaves `code` as it is when it builds for `targets`.
 * @param {string} code @param {string[]} targets @param {string} unchanged
 */
async function needsNoRewrite(code, targets, unchanged) {
  return (await lowered(code, targets)) === unchanged;
}

/**
 * The syntax features `code` uses: those esbuild rewrites when told the browser lacks them.
 * @param {string} code @param {string} unchanged
 */
async function syntaxUsed(code, unchanged) {
  const rewrites = await Promise.all(SYNTAX_FEATURES.map((feature) => lowered(code, ['esnext'], { [feature]: false })));
  return SYNTAX_FEATURES.filter((_, index) => rewrites[index] !== unchanged);
}

/**
 * Of the features `code` uses, those `targets` lack: granting every other one still leaves a rewrite.
 * @param {string} code @param {string[]} targets @param {string[]} used @param {string} unchanged
 */
async function syntaxLacking(code, targets, used, unchanged) {
  const grantOthers = (/** @type {string} */ feature) =>
    Object.fromEntries(used.filter((other) => other !== feature).map((other) => [other, true]));
  const rewrites = await Promise.all(used.map((feature) => lowered(code, targets, grantOthers(feature))));
  return used.filter((_, index) => rewrites[index] !== unchanged);
}

/**
 * The lowest version of `browser` for which esbuild rewrites nothing (a binary search over the
 * versions it knows: each one supports what the one before does).
 * @param {string} code @param {Browser} browser @param {string} unchanged
 */
async function syntaxMinimum(code, browser, unchanged) {
  const candidates =
    browser === 'safari'
      ? [
          10.1, 11, 11.1, 12, 12.1, 13, 13.1, 14, 14.1, 15, 15.1, 15.2, 15.3, 15.4, 15.5, 15.6, 16, 16.1, 16.2, 16.3,
          16.4, 16.5, 17, 17.1, 17.2, 17.3, 17.4, 17.5, 17.6, 18, 18.1, 18.2, 18.3, 18.4, 18.5, 26,
        ]
      : Array.from({ length: 100 }, (_, index) => (browser === 'edge' ? 79 : 60) + index);
  let low = 0;
  let high = candidates.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (await needsNoRewrite(code, targetsAt(browser, candidates[middle] ?? Infinity), unchanged)) high = middle;
    else low = middle + 1;
  }
  return candidates[low] ?? Infinity;
}

const stated = await statedVersions();
const statement = BROWSERS.map((browser) => `${browser} ${stated[browser]}`).join(', ');

/** @type {[string, 'module' | 'script'][]} */
const BUILDS = [
  ['dist/rr-customer.js', 'module'],
  ['dist/rr-customer.iife.js', 'script'],
  ['dist/rr-customer-source.js', 'module'],
];

for (const [file, sourceType] of BUILDS) {
  const code = await readFile(new URL(file, root), 'utf8');
  const unchanged = (await transform(code, { target: 'esnext', charset: 'utf8' })).code;

  test(`${file}: its syntax needs nothing newer than ${statement}`, async (t) => {
    const used = await syntaxUsed(code, unchanged);
    t.diagnostic(`${file} uses ${used.join(', ')}`);
    const minimum = await Promise.all(
      BROWSERS.map(async (browser) => `${browser} ${await syntaxMinimum(code, browser, unchanged)}`),
    );
    t.diagnostic(`${file}: esbuild rewrites nothing from ${minimum.join(', ')} on`);
    const problems = [];
    for (const browser of BROWSERS) {
      const targets = targetsAt(browser, stated[browser]);
      if (await needsNoRewrite(code, targets, unchanged)) continue;
      const lacking = await syntaxLacking(code, targets, used, unchanged);
      problems.push(`${targets.join(' / ')} lacks ${lacking.join(', ') || 'something esbuild rewrites'}`);
    }
    assert.deepEqual(problems, [], `${file} uses syntax newer than the README's ${statement}`);
  });

  test(`${file}: every global and newer method it uses is in ${statement}, or looked for first`, (t) => {
    const { globals, members } = namesIn(code, sourceType);
    const unknown = [...globals].filter((name) => !(name in GLOBALS));
    assert.deepEqual(
      unknown,
      [],
      `${file} reads globals the table in this test does not know; add each with its first versions`,
    );
    /** @type {{ name: string, versions: Versions, detected?: string }[]} */
    const used = [...globals].map((name) => ({ name, versions: CUSTOM_ELEMENTS, ...GLOBALS[name] }));
    for (const [name, entry] of Object.entries(MEMBERS)) {
      const readFrom = members.get(name);
      if (readFrom && (!entry.on || readFrom.has(entry.on)))
        used.push({ name: entry.on ? `${entry.on}.${name}` : `.${name}`, ...entry });
    }
    /** @type {Record<Browser, number>} */
    const needed = { chrome: 0, edge: 0, firefox: 0, safari: 0 };
    const problems = [];
    for (const { name, versions, detected } of used) {
      if (detected) continue;
      for (const browser of BROWSERS) {
        const first = versions[browser];
        if (first === false || first > stated[browser])
          problems.push(`${name} needs ${browser} ${first === false ? '(none has it)' : first}`);
        else needed[browser] = Math.max(needed[browser], first);
      }
    }
    t.diagnostic(`${file}: its APIs need ${BROWSERS.map((browser) => `${browser} ${needed[browser]}`).join(', ')}`);
    t.diagnostic(
      `${file}: looked for first: ${
        used
          .filter((entry) => entry.detected)
          .map((entry) => entry.name)
          .join(', ') || 'none'
      }`,
    );
    assert.deepEqual(problems, [], `${file} uses APIs newer than the README's ${statement}`);
  });
}
