// The check command and the element must give the same answer. Each fixture page is served
// from 127.0.0.1 and loaded in headless Chromium with the built element and the stand-in
// tracker (demo/stand-in-tracker.js, answering for Retail Rocket's host, which is never
// reached); what each <rr-customer> sends and reports there must be what
// `check --format json --show-values` prints for the same page. Failures name the page and
// where the data differs, never the (made-up) values.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import process from 'node:process';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumFlags } from '../support/chromium-flags.mjs';
import { assertSame, fixtures, root, runCheck, serve } from '../fixtures/check/harness.mjs';

const { canonicalJson } = await import(new URL('../../dist/lib/core/canonical-json.js', import.meta.url).href);

const executablePath = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].find((path) => path && existsSync(path));

// No charset in the header: each page's <meta> says it, as a static host often leaves it.
const TYPES = { '.html': 'text/html', '.js': 'text/javascript; charset=utf-8' };
const SERVED = ['test/fixtures/check/', 'dist/', 'demo/'];
const TRACKER_HOST = /(?:^|\.)retailrocket\.(?:ru|net)$/;

/** @type {{ origin: string, close: () => Promise<void> }} */
let server;
/** @type {import('puppeteer-core').Browser} */
let browser;
/** @type {string} */
let trackerScript;

before(async () => {
  // The stand-in, as the classic script the tracker's URL serves: it loads at once.
  const standIn = await readFile(join(root, 'demo/stand-in-tracker.js'), 'utf8');
  trackerScript = `(() => {\n${standIn.replace(/^export class /m, 'class ')}\nconst tracker = new StandInTracker(window);\nwindow.standInTracker = tracker;\ntracker.load();\n})();\n`;
  server = await serve(async (request, response) => {
    try {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).slice(1);
      const type = /** @type {Record<string, string>} */ (TYPES)[extname(path)];
      if (!type || !SERVED.some((prefix) => path.startsWith(prefix))) throw new Error('not served');
      response.writeHead(200, { 'Content-Type': type }).end(await readFile(join(root, path)));
    } catch {
      response.writeHead(404).end();
    }
  });
  if (!executablePath) return;
  browser = await puppeteer.launch({ executablePath, headless: true, args: chromiumFlags });
  await openTab();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * @typedef {{ type: 'send' | 'invalid', index: number, detail: unknown }} Seen
 * @typedef {{ seen: Seen[], calls: unknown[] | null }} PageOutcome
 */

/** @type {import('puppeteer-core').Page} */
let page;

/** One tab for every page: requests go to the local server, or to the stand-in for the tracker's host, or nowhere. */
async function openTab() {
  page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const { origin, hostname } = new URL(request.url());
    if (origin === server.origin) return void request.continue();
    if (TRACKER_HOST.test(hostname))
      return void request.respond({ status: 200, contentType: 'text/javascript', body: trackerScript });
    return void request.abort();
  });
  // Runs first in each page the tab loads.
  await page.evaluateOnNewDocument(() => {
    const seen = /** @type {{ type: string, target: EventTarget | null, detail: unknown }[]} */ ([]);
    Object.assign(window, { rrSeen: seen });
    for (const type of ['rr-customer-send', 'rr-customer-invalid']) {
      document.addEventListener(type, (event) => {
        // The element itself, also inside a shadow root, whose host the event is retargeted to.
        seen.push({
          type: type.slice('rr-customer-'.length),
          target: event.composedPath()[0] ?? null,
          detail: structuredClone(/** @type {CustomEvent} */ (event).detail),
        });
      });
    }
  });
}

/** What the page does in Chromium: each event of each <rr-customer>, by its place in the page, and the tracker's calls. */
async function loadInBrowser(/** @type {string} */ url) {
  await page.goto(url, { waitUntil: 'load' });
  // Async and inserted scripts hold up load; a task more, for any update they started.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  return /** @type {PageOutcome} */ (
    await page.evaluate(() => {
      // Every <rr-customer> in shadow-including tree order, as the check lists them.
      const customers = /** @type {Element[]} */ ([]);
      const visit = (/** @type {ParentNode} */ parent) => {
        for (const child of Array.from(parent.children)) {
          if (child.localName === 'rr-customer' && child.namespaceURI === 'http://www.w3.org/1999/xhtml')
            customers.push(child);
          if (child.shadowRoot) visit(child.shadowRoot);
          visit(child);
        }
      };
      visit(document);
      const globals =
        /** @type {{ rrSeen: { type: string, target: Element, detail: unknown }[], standInTracker?: { calls: unknown[] } }} */ (
          /** @type {unknown} */ (window)
        );
      return {
        seen: globals.rrSeen.map(({ type, target, detail }) => ({ type, index: customers.indexOf(target), detail })),
        calls: globals.standInTracker ? globals.standInTracker.calls : null,
      };
    })
  );
}

/**
 * What the check's JSON says the page will do in a browser. Where the page defines the element,
 * each <rr-customer> in order sends its payload (unless it equals the last one the page sent:
 * the element sends a payload once), then reports its issues. The tracker, where the page loads
 * it, gets every call sent.
 * @param {{ sent: boolean, payload: unknown, issues: unknown[], warnings: { code: string }[] }[]} customers
 * @returns {PageOutcome}
 */
function expectedOutcome(customers) {
  const codes = new Set(customers.flatMap((customer) => customer.warnings.map((warning) => warning.code)));
  const defined = !codes.has('no-definition');
  /** @type {Seen[]} */
  const seen = [];
  const calls = [];
  let lastSent;
  for (const [index, customer] of customers.entries()) {
    if (!defined) break;
    if (customer.sent && canonicalJson(customer.payload) !== lastSent) {
      lastSent = canonicalJson(customer.payload);
      seen.push({ type: 'send', index, detail: customer.payload });
      calls.push(customer.payload);
    }
    if (customer.issues.length)
      seen.push({ type: 'invalid', index, detail: { issues: customer.issues, sent: customer.sent } });
  }
  return { seen, calls: codes.has('no-tracker') ? null : calls };
}

test(
  'for every fixture page, the check and the element in Chromium give the same answer',
  { skip: !executablePath && 'no Chromium found; set CHROME_PATH' },
  async () => {
    const names = (await readdir(fixtures)).filter((name) => name.endsWith('.html')).sort();
    const result = await runCheck([
      'check',
      '--format',
      'json',
      '--show-values',
      ...names.map((name) => join('test/fixtures/check', name)),
    ]);
    assert.equal(result.stderr, '', 'every page was read');
    const { pages } = JSON.parse(result.stdout);
    let calls = 0;
    for (const [index, name] of names.entries()) {
      const outcome = await loadInBrowser(`${server.origin}/test/fixtures/check/${name}`);
      assertSame(outcome, expectedOutcome(pages[index].customers), name);
      calls += outcome.calls?.length ?? 0;
    }
    // The pages hold the seed's examples, a partial send, two customers and more: the set proves something.
    assert.ok(calls >= 10, `the tracker got ${calls} calls over the pages`);
  },
);
