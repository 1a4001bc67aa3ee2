// The command learns deployments (issue 15, item 3): a page a shared cache may store or served,
// consent the markup leaves to Retail Rocket's default, and an element that takes its customer
// from a src. Each caching header is sent by a real server on 127.0.0.1.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { runCheck, serve } from '../fixtures/check/harness.mjs';

const { checkPage } = await import(new URL('../../dist/lib/cli/page/check-page.js', import.meta.url).href);
const { sharedCacheSign } = await import(
  new URL('../../dist/lib/cli/page/integration-warnings.js', import.meta.url).href
);

const TRACKED = `<script type="module" src="/dist/rr-customer.js"></script><script src="https://cdn.retailrocket.ru/t.js"></script>`;
const fromMarkup = `<!doctype html>${TRACKED}<rr-customer customer-id="c-1" is-agreed-to-receive-marketing-mail="false"></rr-customer>`;
const fromSource = `<!doctype html>${TRACKED}<rr-customer src="/account/rr-customer.json" phone="+7 111 222-33-44"></rr-customer>`;
const guest = `<!doctype html>${TRACKED}<rr-customer customer-id="" is-agreed-to-receive-marketing-mail="false"></rr-customer>`;

/** Each answer that says a shared cache may store the page or served it, by its headers. */
const CACHED = {
  public: { 'Cache-Control': 'public, max-age=0' },
  's-maxage': { 'Cache-Control': 's-maxage=600' },
  'max-age': { 'Cache-Control': 'max-age=300' },
  age: { Age: '42' },
  'x-cache': { 'X-Cache': 'HIT from varnish' },
  'cf-cache-status': { 'CF-Cache-Status': 'HIT' },
  bitrix: { 'X-Bitrix-Composite': 'Cache (200)' },
};
/** And each that does not. */
const PRIVATE = {
  none: {},
  private: { 'Cache-Control': 'private, max-age=300' },
  'no-store': { 'Cache-Control': 'max-age=300, no-store' },
  'no-cache': { 'Cache-Control': 'no-cache, max-age=300' },
  'max-age-0': { 'Cache-Control': 'max-age=0' },
  'age-0': { Age: '0' },
  miss: { 'X-Cache': 'MISS', 'CF-Cache-Status': 'DYNAMIC' },
};

/** @type {{ origin: string, close: () => Promise<void> }} */
let server;

before(async () => {
  server = await serve((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const [, kind = '', name = ''] = url.pathname.split('/');
    const headers = /** @type {Record<string, Record<string, string>>} */ ({ ...CACHED, ...PRIVATE })[name];
    const body = { markup: fromMarkup, source: fromSource, guest }[kind];
    if (!headers || !body) return response.writeHead(404).end();
    return response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...headers }).end(body);
  });
});

after(() => server?.close());

/** @param {string[]} paths */
async function checkJson(paths) {
  const result = await runCheck(['check', '--format', 'json', ...paths.map((path) => `${server.origin}${path}`)]);
  return { code: result.code, pages: JSON.parse(result.stdout).pages };
}

const codesOf = (/** @type {{ warnings: { code: string }[] }} */ customer) =>
  customer.warnings.map((warning) => warning.code);

test('shared-cache: each header that says a shared cache may store the page, or served it from one', async () => {
  const { pages, code } = await checkJson(Object.keys(CACHED).map((name) => `/markup/${name}`));
  for (const [index, name] of Object.keys(CACHED).entries()) {
    const [customer] = pages[index].customers;
    assert.deepEqual(codesOf(customer), ['shared-cache'], name);
    assert.match(customer.warnings[0].message, /give the element a src/, name);
  }
  assert.equal(code, 0, 'a warning fails only --fail-on warnings');
});

test('no shared-cache for a private answer, a guest, an element with src, or a file', async () => {
  const { pages } = await checkJson([
    ...Object.keys(PRIVATE).map((name) => `/markup/${name}`),
    '/guest/public',
    '/source/public',
  ]);
  for (const page of pages) assert.ok(!codesOf(page.customers[0]).includes('shared-cache'), page.page);
  const onDisk = checkPage(fromMarkup, 'file:///site/index.html', {});
  assert.deepEqual(codesOf(onDisk[0]), []);
});

test('the failing level: --fail-on warnings fails a cached page', async () => {
  const result = await runCheck(['check', '--fail-on', 'warnings', `${server.origin}/markup/bitrix`]);
  assert.equal(result.code, 1);
  assert.match(
    result.stdout,
    /warning +the answer says a shared cache may store this page or served it from one \(X-Bitrix-Composite/,
  );
});

test('consent-not-stated: an element that would send without is-agreed-to-receive-marketing-mail', () => {
  const page = (/** @type {string} */ attributes) =>
    checkPage(`${TRACKED}<rr-customer ${attributes}></rr-customer>`, 'https://shop.example/')[0];
  assert.deepEqual(codesOf(page('customer-id="c-1"')), ['consent-not-stated']);
  assert.match(page('customer-id="c-1"').warnings[0].message, /counts the customer as subscribed/);
  for (const consent of ['true', 'false']) {
    assert.deepEqual(codesOf(page(`customer-id="c-1" is-agreed-to-receive-marketing-mail="${consent}"`)), []);
  }
  // Nothing is sent: no subscription either.
  assert.deepEqual(codesOf(page('')), []);
  // A source may give consent.
  assert.deepEqual(codesOf(page('src="/me.json"')), []);
});

test('an element with src: where the customer comes from, the rest of the markup checked, no customer-id needed', async () => {
  const { pages, code } = await checkJson(['/source/none']);
  const [customer] = pages[0].customers;
  assert.equal(customer.source, `${server.origin}/account/rr-customer.json`);
  assert.equal(customer.sent, true);
  assert.deepEqual(customer.issues, []);
  assert.deepEqual(Object.keys(customer.payload), ['phone'], 'what the markup adds; no ID of the check own');
  assert.equal(code, 0);

  const text = await runCheck(['check', `${server.origin}/source/none`]);
  assert.match(text.stdout, /<rr-customer> at line 1: would send setCustomer once its src answers with a customer/);
  assert.match(text.stdout, new RegExp(`source +${server.origin}/account/rr-customer\\.json`));

  const bad = checkPage(
    `${TRACKED}<rr-customer src="me.json" phone="call me"></rr-customer>`,
    'https://shop.example/a/',
  )[0];
  assert.equal(bad.source, 'https://shop.example/a/me.json');
  assert.deepEqual(
    bad.issues.map((/** @type {{ code: string }} */ issue) => issue.code),
    ['invalid-phone'],
  );
  // An empty src is no source at all.
  const empty = checkPage(`${TRACKED}<rr-customer src=""></rr-customer>`, 'https://shop.example/')[0];
  assert.equal(empty.source, undefined);
  assert.equal(empty.sent, false);
  // A password in a src is never shown.
  const secret = checkPage(
    `${TRACKED}<rr-customer src="https://me:secret@api.example/me"></rr-customer>`,
    'https://shop.example/',
  )[0];
  assert.equal(secret.source, 'https://me:***@api.example/me');
});

test('the signs of a shared cache, header by header', () => {
  assert.equal(sharedCacheSign({ 'cache-control': 'max-age=60, private' }), undefined);
  assert.equal(sharedCacheSign({ 'cache-control': 'public' }), 'Cache-Control: public');
  assert.equal(sharedCacheSign({ 'cache-control': 'no-cache, s-maxage=60' }), 'Cache-Control: s-maxage');
  assert.equal(sharedCacheSign({ 'cache-control': 'max-age="60"' }), 'Cache-Control: max-age above 0');
  assert.equal(sharedCacheSign({ age: 'soon' }), undefined);
  assert.equal(sharedCacheSign({ 'cf-cache-status': 'hit' }), 'CF-Cache-Status: HIT');
  assert.equal(sharedCacheSign({ 'x-bitrix-composite': '' }), 'X-Bitrix-Composite (1C-Bitrix composite mode)');
});
