// What a store's CI really feeds the command (issue 16): each row of the audit's table, against
// servers on 127.0.0.1 and files in a temporary folder. Memory is measured in a child process
// (its peak resident size), never by a timing.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { Readable } from 'node:stream';
import { after, before, test } from 'node:test';
import { createGzip } from 'node:zlib';
import { command, fixtures, runCheck, serve } from '../fixtures/check/harness.mjs';

const { decodePage } = await import(new URL('../../dist/lib/cli/page/decode-page.js', import.meta.url).href);

// Served by /bitrix: the fixture as a windows-1251 site serves it, its charset in the header.
const bitrixPage = await readFile(join(fixtures, 'bitrix-windows-1251.html'));
const PASSWORD = 'pa55-w0rd';
const TRACKED = `<script type="module" src="/dist/rr-customer.js"></script><script src="https://cdn.retailrocket.ru/t.js"></script>`;
const good = `<!doctype html>${TRACKED}<rr-customer customer-id="good-1" is-agreed-to-receive-marketing-mail="true"></rr-customer>`;

/** An endless stream of zeros, or `total` bytes of them, in chunks of 64 KiB. */
const zeros = (total = Infinity) => {
  let left = total;
  const chunk = Buffer.alloc(64 * 1024);
  return new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const size = Math.min(chunk.length, left);
      left -= size;
      this.push(size === chunk.length ? chunk : chunk.subarray(0, size));
    },
  });
};

/** @type {{ origin: string, close: () => Promise<void> }} */
let server;
/** @type {string} */
let folder;
/** @type {import('node:net').Server} */
let rawServer;
/** @type {string} */
let rawOrigin;

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'rr-check-'));
  server = await serve((request, response) => {
    const send = (/** @type {Buffer | string} */ body, type = 'text/html; charset=utf-8', headers = {}) =>
      response.writeHead(200, { 'Content-Type': type, ...headers }).end(body);
    switch (request.url) {
      case '/good':
        return send(good);
      case '/utf-16le':
        return send(Buffer.from(good, 'utf16le'), 'text/html; charset=utf-16le');
      case '/bitrix':
        return send(bitrixPage, 'text/html; charset=windows-1251');
      case '/gzip-bomb': {
        // 1 GiB of zeros, about 1 MB on the wire; the stream stops when the client does.
        response.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' });
        const body = zeros(2 ** 30).pipe(createGzip({ level: 9 }));
        response.once('close', () => body.destroy());
        return void body.pipe(response);
      }
      case '/endless': {
        response.writeHead(200, { 'Content-Type': 'text/html' });
        const body = zeros();
        response.once('close', () => body.destroy());
        return void body.pipe(response);
      }
      case '/xhtml':
        return send(
          '<html xmlns="http://www.w3.org/1999/xhtml"><body><rr-soft-link/></body></html>',
          'application/xhtml+xml',
        );
      case '/private': {
        const expected = `Basic ${Buffer.from(`stage:${PASSWORD}`).toString('base64')}`;
        if (request.headers.authorization !== expected)
          return response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="stage"' }).end();
        return send(good);
      }
      default:
        return response.writeHead(404).end();
    }
  });
  // A reason phrase node:http would refuse to write: terminal escapes, as a hostile or broken server sends them.
  rawServer = createServer((socket) =>
    socket.end('HTTP/1.1 503 Busy \x1b]0;pwned\x07 \x1b[2J\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'),
  );
  await new Promise((resolve) => rawServer.listen(0, '127.0.0.1', () => resolve(undefined)));
  rawOrigin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (rawServer.address()).port}`;
});

after(async () => {
  await server?.close();
  await new Promise((resolve) => rawServer?.close(resolve));
  await rm(folder, { recursive: true, force: true });
});

/** @param {string} stdout */
const pagesOf = (stdout) => JSON.parse(stdout).pages;

/** The custom data of each page's first customer, by page; no other value. */
const customDataOf = (/** @type {{ customers: { payload: { customData?: unknown } | null }[] }[]} */ pages) =>
  pages.map((page) => page.customers[0]?.payload?.customData);

test('encodings: comments skipped, a description meta ignored, a late <meta charset> obeyed, a windows-1251 Bitrix page', async () => {
  const names = ['commented-charset.html', 'description-charset.html', 'late-charset.html', 'bitrix-windows-1251.html'];
  const result = await runCheck([
    'check',
    '--format',
    'json',
    '--show-values',
    ...names.map((name) => join(fixtures, name)),
    `${server.origin}/bitrix`,
  ]);
  const expected = { city: 'Москва', name: 'Анна Ёлкина' };
  const found = customDataOf(pagesOf(result.stdout));
  found.forEach((customData, index) =>
    assert.deepEqual(customData, expected, `${[...names, '/bitrix'][index]} is decoded as a browser decodes it`),
  );
  assert.equal(result.code, 0);
});

test('decodePage follows the standard: BOM, then the header, then the prescan, then a tentative guess changed by a later <meta>', () => {
  const bytes = (/** @type {string} */ text) => new TextEncoder().encode(text);
  // "Анна" in windows-1251.
  const anna1251 = [0xc0, 0xed, 0xed, 0xe0];
  const with1251 = (/** @type {string} */ head) => new Uint8Array([...bytes(head), ...anna1251]);
  assert.equal(
    decodePage(bytes('<!-- <meta charset=windows-1251> --><meta charset=utf-8><p>Анна')).endsWith('Анна'),
    true,
  );
  assert.equal(
    decodePage(bytes('<meta name=description content="charset=windows-1251"><p>Анна')).endsWith('Анна'),
    true,
  );
  assert.equal(decodePage(with1251(`<!--${' '.repeat(2000)}--><meta charset=windows-1251><p>`)).endsWith('Анна'), true);
  assert.equal(
    decodePage(
      with1251(`<!--${' '.repeat(2000)}--><meta http-equiv=content-type content="text/html; charset=cp1251"><p>`),
    ).endsWith('Анна'),
    true,
  );
  // A header's charset is certain: a later <meta> does not change it.
  assert.equal(
    decodePage(
      bytes(`<!--${' '.repeat(2000)}--><meta charset=windows-1251><p>Анна`),
      'text/html; charset=utf-8',
    ).endsWith('Анна'),
    true,
  );
  assert.equal(decodePage(Buffer.from('<p>Анна', 'utf16le'), 'text/html; charset=utf-16le'), '<p>Анна');
  assert.equal(decodePage(Buffer.from('\ufeff<p>Анна', 'utf16le'), 'text/html; charset=windows-1251'), '<p>Анна');
});

test('a UTF-16LE page declared by its header alone, with no byte order mark, is read as UTF-16LE', async () => {
  const result = await runCheck(['check', '--format', 'json', `${server.origin}/utf-16le`]);
  const [page] = pagesOf(result.stdout);
  assert.equal(page.customers.length, 1, 'the <rr-customer> is found');
  assert.equal(page.customers[0].sent, true);
  assert.equal(result.code, 0);
});

test('a sparse 600 MB file next to a good page: one error for it, the good page still reported, exit 2', async () => {
  const big = join(folder, 'huge.html');
  await writeFile(big, '');
  await truncate(big, 600 * 2 ** 20);
  const small = join(folder, 'good.html');
  await writeFile(small, good);
  const result = await runCheck(['check', '--format', 'json', big, small]);
  const [huge, fine] = pagesOf(result.stdout);
  assert.equal(huge.error, 'is larger than the page size limit of 64 MiB (--max-page-size)');
  assert.equal(fine.customers[0].sent, true);
  assert.equal(result.code, 2);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  // The limit is the user's to set.
  const smaller = await runCheck(['check', '--format', 'json', '--max-page-size', '100', small]);
  assert.equal(pagesOf(smaller.stdout)[0].error, 'is larger than the page size limit of 100 bytes (--max-page-size)');
});

/**
 * Runs `check` on `args` in a child of its own, and answers its exit code, its report, and its
 * peak resident memory in MiB (process.resourceUsage().maxRSS, taken as it exits).
 * @param {string[]} args
 */
const measured = (args) =>
  new Promise((resolve, reject) => {
    const script = `
      const { runCommand } = await import(${JSON.stringify(new URL('../../dist/lib/cli/run-command.js', import.meta.url).href)});
      let stdout = '';
      const code = await runCommand(${JSON.stringify(args)}, { stdout: { write: (t) => (stdout += t) }, stderr: { write() {} }, cwd: process.cwd() });
      process.stdout.write(JSON.stringify({ code, stdout, heapMiB: process.memoryUsage().heapUsed / 2 ** 20, peakMiB: process.resourceUsage().maxRSS / 1024 }));
    `;
    execFile(process.execPath, ['--input-type=module', '-e', script], { maxBuffer: 2 ** 28 }, (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout)),
    );
  });

test('a gzip bomb (1 GiB of zeros gzipped) stops at the limit: one error, and memory stays near the limit', async () => {
  const result = /** @type {any} */ (await measured(['check', '--format', 'json', `${server.origin}/gzip-bomb`]));
  assert.equal(pagesOf(result.stdout)[0].error, 'is larger than the page size limit of 64 MiB (--max-page-size)');
  assert.equal(result.code, 2);
  assert.ok(result.peakMiB < 400, `peak memory ${Math.round(result.peakMiB)} MiB`);
});

test('an endless body, and /dev/zero, stop at the limit', async () => {
  const result = await runCheck([
    'check',
    '--format',
    'json',
    '--max-page-size',
    '1MiB',
    `${server.origin}/endless`,
    '/dev/zero',
  ]);
  const errors = pagesOf(result.stdout).map((/** @type {{ error?: string }} */ page) => page.error);
  assert.deepEqual(errors, Array(2).fill('is larger than the page size limit of 1 MiB (--max-page-size)'));
  assert.equal(result.code, 2);
});

test('10,000 different customers: a report in proportion to the page, and bounded memory', async () => {
  const page = join(folder, 'many.html');
  const customers = Array.from(
    { length: 10_000 },
    (_, index) => `<rr-customer customer-id="c-${index}" is-agreed-to-receive-marketing-mail="true"></rr-customer>`,
  );
  const source = `${TRACKED}\n${customers.join('\n')}`;
  await writeFile(page, source);
  const result = /** @type {any} */ (await measured(['check', page]));
  assert.equal(result.code, 0);
  assert.ok(result.stdout.length < 40 * source.length, `a report of ${result.stdout.length} characters`);
  assert.match(
    result.stdout,
    /10000 <rr-customer> on this page send different customers \(lines 2, 3, 4, 5, 6 and 9995 more\)/,
  );
  assert.ok(result.peakMiB < 500, `peak memory ${Math.round(result.peakMiB)} MiB`);
});

test('--timeout: any positive number of seconds to the millisecond; past what a timer holds, or not a number, a usage error', async () => {
  for (const timeout of ['1.005', '2147483.647', '1e3']) {
    const result = await runCheck(['check', '--timeout', timeout, `${server.origin}/good`]);
    assert.equal(result.code, 0, `--timeout ${timeout}`);
  }
  // Half a millisecond rounds to one, which is honoured: no page answers that fast.
  const fast = await runCheck(['check', '--format', 'json', '--timeout', '0.0005', `${server.origin}/good`]);
  const { error } = pagesOf(fast.stdout)[0];
  assert.ok(error === undefined || error === 'did not answer within 0.001 s', 'a timeout of 1 ms');
  for (const timeout of ['1e10', '2147484', '0', '0.0004', '-1', 'abc', '', 'Infinity', 'NaN', '0x10']) {
    const result = await runCheck(['check', `--timeout=${timeout}`, `${server.origin}/good`]);
    assert.equal(result.code, 2, `--timeout ${timeout}`);
    assert.match(result.stderr, /^rr-customer: --timeout must be/, `--timeout ${timeout}`);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  }
  for (const size of ['0', '-1', '1.5MiB', '64MB', 'lots']) {
    const result = await runCheck(['check', `--max-page-size=${size}`, `${server.origin}/good`]);
    assert.equal(result.code, 2, `--max-page-size ${size}`);
    assert.match(result.stderr, /^rr-customer: --max-page-size must be/);
  }
});

test('credentials in a URL: sent as Basic authentication, shown as user:***, never printed', async () => {
  const url = `${server.origin.replace('//', `//stage:${PASSWORD}@`)}/private`;
  const shown = `${server.origin.replace('//', '//stage:***@')}/private`;
  const wrong = `${server.origin.replace('//', `//stage:not-${PASSWORD}@`)}/private`;
  for (const format of ['text', 'json']) {
    const result = await runCheck(['check', '--format', format, url, wrong]);
    assert.ok(!`${result.stdout}${result.stderr}`.includes(PASSWORD), `no password in the ${format} report`);
    assert.ok(result.stdout.includes(shown), `the page shown as user:*** in ${format}`);
    assert.equal(result.code, 2, 'the wrong password is an error');
  }
  const [right, refused] = pagesOf((await runCheck(['check', '--format', 'json', url, wrong])).stdout);
  assert.equal(right.customers[0].sent, true);
  assert.equal(refused.error, 'answered 401 Unauthorized');
});

// Any C0 control but the line breaks and tabs a report is made of, or DEL.
// eslint-disable-next-line no-control-regex -- matching them is the point
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/;

test('control characters in a reason phrase or a file name are shown escaped in text; JSON escapes them itself', async () => {
  const name = join(folder, 'evil\x1b[2J\x07.html');
  await writeFile(name, good);
  const text = await runCheck(['check', `${rawOrigin}/`, name]);
  assert.ok(!RAW_CONTROL.test(text.stdout), 'no raw control character in the text report');
  assert.ok(text.stdout.includes('answered 503 Busy \\x1b]0;pwned\\x07 \\x1b[2J'));
  assert.ok(text.stdout.includes('evil\\x1b[2J\\x07.html'));
  const json = await runCheck(['check', '--format', 'json', `${rawOrigin}/`, name]);
  assert.ok(!RAW_CONTROL.test(json.stdout), 'no raw control character in JSON');
  assert.equal(pagesOf(json.stdout)[0].error, 'answered 503 Busy \x1b]0;pwned\x07 \x1b[2J');
  assert.ok(!RAW_CONTROL.test(json.stderr), 'nor on stderr');
});

test('an application/xhtml+xml page is refused with a reason, as is a .xhtml file', async () => {
  const file = join(folder, 'page.xhtml');
  await writeFile(file, '<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>');
  const result = await runCheck(['check', '--format', 'json', `${server.origin}/xhtml`, file]);
  for (const page of pagesOf(result.stdout))
    assert.match(page.error, /^is an XHTML page \(application\/xhtml\+xml\), which a browser reads as XML/);
  assert.equal(result.code, 2);
});

test('what cannot be read in a folder is an error for its path: a link loop, a link to a missing page', async () => {
  const site = join(folder, 'site');
  await mkdir(join(site, 'shop'), { recursive: true });
  await writeFile(join(site, 'shop', 'index.html'), good);
  await symlink('loop', join(site, 'loop'));
  await symlink('nowhere.html', join(site, 'gone.html'));
  await symlink('nowhere.png', join(site, 'logo.png'));
  const result = await runCheck(['check', '--format', 'json', site], { cwd: folder });
  const pages = pagesOf(result.stdout).map((/** @type {{ page: string, error?: string }} */ page) => [
    page.page,
    page.error ?? 'read',
  ]);
  assert.deepEqual(pages, [
    ['site/shop/index.html', 'read'],
    ['site/gone.html', 'is a link that cannot be followed (ENOENT)'],
    ['site/loop', 'is a link that cannot be followed (ELOOP)'],
  ]);
  assert.equal(result.code, 2);
  const named = await runCheck(['check', '--format', 'json', join(site, 'gone.html')]);
  assert.equal(pagesOf(named.stdout)[0].error, 'is a link that cannot be followed (ENOENT)');
});

test('a folder its user cannot list, given as a folder or matched by a glob, is an error for it', async (t) => {
  const site = join(folder, 'locked-site');
  await mkdir(join(site, 'locked'), { recursive: true });
  await mkdir(join(site, 'open'), { recursive: true });
  await writeFile(join(site, 'open', 'index.html'), good);
  await writeFile(join(site, 'locked', 'index.html'), good);
  await chmod(join(site, 'locked'), 0o000);
  // Root reads any folder: the command is run as an ordinary user, as in CI, where it can be.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  if (process.getuid?.() === 0) await chmod(folder, 0o755);
  const run = (/** @type {string} */ input) =>
    new Promise((resolve) =>
      execFile(
        process.execPath,
        [command, 'check', '--format', 'json', input],
        { cwd: folder, ...asUser },
        (error, stdout) => resolve({ code: error ? error.code : 0, pages: pagesOf(stdout) }),
      ),
    );
  t.after(() => chmod(join(site, 'locked'), 0o755));
  for (const input of ['locked-site', 'locked-site/*/index.html', 'locked-site/**/*.html']) {
    const result = /** @type {any} */ (await run(input));
    const pages = result.pages.map((/** @type {{ page: string, error?: string }} */ page) => [
      page.page,
      page.error ?? 'read',
    ]);
    assert.deepEqual(
      pages,
      [
        ['locked-site/open/index.html', 'read'],
        ['locked-site/locked', 'is a folder that cannot be read (EACCES)'],
      ],
      input,
    );
    assert.equal(result.code, 2, input);
  }
});
