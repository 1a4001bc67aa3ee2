// URLs: fetched with Node's own fetch from a server this test starts on 127.0.0.1 and stops.
// Each page that fails says why in a sentence: an error status, no answer in time, a refused
// connection, an answer that is no HTML page.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { assertSame, fixtures, runCheck, serve } from '../fixtures/check/harness.mjs';

const { fetchPage } = await import(new URL('../../dist/lib/cli/read-page.js', import.meta.url).href);

/** @type {{ origin: string, close: () => Promise<void> }} */
let server;
/** @type {string} */
let closedOrigin;

const html = { 'Content-Type': 'text/html; charset=utf-8' };

before(async () => {
  const partial = await readFile(join(fixtures, 'partial.html'));
  server = await serve((request, response) => {
    switch (request.url) {
      case '/partial.html':
        return response.writeHead(200, html).end(partial);
      case '/moved':
        return response.writeHead(302, { Location: '/partial.html' }).end();
      case '/moved-twice':
        return response.writeHead(301, { Location: '/moved' }).end();
      case '/loop':
        return response.writeHead(302, { Location: '/loop' }).end();
      case '/data.json':
        return response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"pages": []}');
      case '/untyped':
        return response.writeHead(200).end('<!doctype html><rr-customer customer-id="u-1"></rr-customer>');
      case '/cp1251':
        // "Анна" in windows-1251, as the header says.
        return response
          .writeHead(200, { 'Content-Type': 'text/html; charset=windows-1251' })
          .end(Buffer.from([0x3c, 0x70, 0x3e, 0xc0, 0xed, 0xed, 0xe0]));
      case '/never-answers':
        return undefined;
      case '/stalls-midway':
        response.writeHead(200, html).write('<!doctype html><p>');
        return undefined;
      case '/error':
        return response.writeHead(500, html).end('<p>oops</p>');
      default:
        return response.writeHead(404, html).end('<p>not found</p>');
    }
  });
  // A port that was just free: nothing listens there now.
  const closed = await serve(() => {});
  closedOrigin = closed.origin;
  await closed.close();
});

after(() => server?.close());

test('a page: its text, read against the address it came from', async () => {
  const page = await fetchPage(`${server.origin}/partial.html`, { timeout: 5 });
  assert.ok('source' in page);
  // Compared whole, but never printed: the page holds a (made-up) email address.
  assert.ok(page.source === (await readFile(join(fixtures, 'partial.html'), 'utf8')), 'the text as served');
  assert.equal(page.base, `${server.origin}/partial.html`);
});

test('redirects are followed, and the page is read against where they end', async () => {
  const page = await fetchPage(`${server.origin}/moved-twice`, { timeout: 5 });
  assert.ok('source' in page);
  assert.equal(page.base, `${server.origin}/partial.html`);
});

test('the Content-Type charset decodes the page', async () => {
  assertSame(
    await fetchPage(`${server.origin}/cp1251`, { timeout: 5 }),
    { source: '<p>Анна', base: `${server.origin}/cp1251`, headers: {} },
    'the page',
  );
});

test('an answer without a Content-Type is taken when it starts with markup', async () => {
  const page = await fetchPage(`${server.origin}/untyped`, { timeout: 5 });
  assert.ok('source' in page);
});

test('each failure in a sentence of its own', async () => {
  const errors = {
    '/missing': 'answered 404 Not Found',
    '/error': 'answered 500 Internal Server Error',
    '/data.json': 'is not an HTML page (Content-Type: application/json)',
    '/loop': 'could not be fetched (redirect count exceeded)',
  };
  for (const [path, error] of Object.entries(errors))
    assertSame(await fetchPage(`${server.origin}${path}`, { timeout: 5 }), { error }, path);
  assertSame(await fetchPage(`${closedOrigin}/`, { timeout: 5 }), { error: 'refused the connection' }, 'a closed port');
});

test('a server that never answers, or stops halfway, fails at the timeout and no later', async () => {
  for (const path of ['/never-answers', '/stalls-midway']) {
    const started = performance.now();
    assertSame(
      await fetchPage(`${server.origin}${path}`, { timeout: 0.3 }),
      { error: 'did not answer within 0.3 s' },
      path,
    );
    const took = performance.now() - started;
    // The upper bound leaves room for a busy machine; the point is that it gives up at all.
    assert.ok(took >= 250 && took < 10_000, `${path}: gave up after ${Math.round(took)} ms`);
  }
});

test('the command: a page by URL is checked as a file is; a 404 and a server that never answers are errors, exit code 2', async () => {
  const pages = [
    `${server.origin}/partial.html`,
    `${server.origin}/moved`,
    `${server.origin}/missing`,
    `${server.origin}/never-answers`,
  ];
  const started = performance.now();
  // Long enough for the pages that answer on a busy machine, short enough for the test.
  const result = await runCheck(['check', '--format', 'json', '--timeout', '2', ...pages]);
  assert.ok(performance.now() - started < 20_000, 'the command does not wait on the silent server past its timeout');
  assert.equal(result.code, 2);
  const document = JSON.parse(result.stdout);
  assertSame(
    document.pages.map((/** @type {{ page: string, error?: string }} */ page) => [page.page, page.error ?? 'read']),
    [
      [pages[0], 'read'],
      [pages[1], 'read'],
      [pages[2], 'answered 404 Not Found'],
      [pages[3], 'did not answer within 2 s'],
    ],
    'the pages',
  );
  const file = JSON.parse(
    (await runCheck(['check', '--format', 'json', join('test/fixtures/check', 'partial.html')])).stdout,
  );
  assertSame(document.pages[0].customers, file.pages[0].customers, 'the page by URL and by file');
  assert.equal(
    result.stderr,
    `rr-customer: ${pages[2]} answered 404 Not Found\nrr-customer: ${pages[3]} did not answer within 2 s\n`,
  );
});

test('the command: the text report says why a URL failed, in place', async () => {
  const result = await runCheck(['check', `${server.origin}/data.json`, `${closedOrigin}/`]);
  assert.equal(result.code, 2);
  assert.match(
    result.stdout,
    new RegExp(
      `^${server.origin}/data\\.json\n  error: is not an HTML page \\(Content-Type: application/json\\)$`,
      'm',
    ),
  );
  assert.match(result.stdout, new RegExp(`^${closedOrigin}/\n  error: refused the connection$`, 'm'));
});
