// The check command's inputs: files, folders and globs expand to pages; each page's bytes are
// read as a browser decodes them; what is no HTML page says so.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { assertSame, fixtures, root } from '../fixtures/check/harness.mjs';

const { expandInputs } = await import(new URL('../../dist/lib/cli/page-inputs.js', import.meta.url).href);
const { decodePage, notHtml } = await import(new URL('../../dist/lib/cli/page/decode-page.js', import.meta.url).href);
const { readPageFile } = await import(new URL('../../dist/lib/cli/read-page.js', import.meta.url).href);

/** @type {string} */
let site;

// A built site as a store's CI would check it: pages at several depths, and files that are no pages of its own.
before(async () => {
  site = await mkdtemp(join(tmpdir(), 'rr-customer-check-'));
  const files = {
    'index.html': '<p>home</p>',
    'account/orders.html': '<p>orders</p>',
    'account/deep/er/profile.html': '<p>profile</p>',
    'styles.css': 'p {}',
    'notes.txt': 'not a page',
    'node_modules/some-package/demo.html': '<p>a package of the site</p>',
    '.cache/old.html': '<p>a dot folder</p>',
    'empty/.keep': '',
  };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(site, name, '..'), { recursive: true });
    await writeFile(join(site, name), text);
  }
});

after(async () => {
  if (site) await rm(site, { recursive: true, force: true });
});

/** @param {{ kind: string, page: string, error?: string }[]} inputs */
const summary = (inputs) =>
  inputs.map((input) => (input.kind === 'error' ? `${input.page}: ${input.error}` : `${input.kind} ${input.page}`));

test('a folder: its .html files at any depth, sorted, without node_modules or dot folders', async () => {
  assertSame(
    summary(await expandInputs(['.'], site)),
    ['file account/deep/er/profile.html', 'file account/orders.html', 'file index.html'],
    'the pages',
  );
  assertSame(
    summary(await expandInputs(['node_modules'], site)),
    ['file node_modules/some-package/demo.html'],
    'node_modules named',
  );
});

test('the fixture folder: every .html file in it, by the path as it is shown', async () => {
  const names = (await readdir(fixtures)).filter((name) => name.endsWith('.html')).sort();
  assertSame(
    summary(await expandInputs(['test/fixtures/check'], root)),
    names.map((name) => `file test/fixtures/check/${name}`),
    'the pages',
  );
});

test('a glob: the files it matches, any kind of file, sorted', async () => {
  assertSame(
    summary(await expandInputs(['**/*.html'], site)),
    ['file account/deep/er/profile.html', 'file account/orders.html', 'file index.html'],
    '**/*.html',
  );
  assertSame(summary(await expandInputs(['account/*'], site)), ['file account/orders.html'], 'account/*');
  assertSame(summary(await expandInputs(['*.{css,txt}'], site)), ['file notes.txt', 'file styles.css'], 'braces');
});

test('a file: as it is, whatever its name; each file once, however often it is named', async () => {
  assertSame(
    summary(await expandInputs(['notes.txt', 'index.html', './index.html', join(site, 'index.html'), '*.html'], site)),
    ['file notes.txt', 'file index.html'],
    'the pages',
  );
});

test('inputs that name no page: a missing file, a pattern that matches nothing, a folder with no page, a bad URL', async () => {
  assertSame(
    summary(
      await expandInputs(
        ['missing.html', 'missing/**/*.html', 'empty', 'ftp://shop.example/page.html', 'http://[bad/'],
        site,
      ),
    ),
    [
      'missing.html: is no file or folder',
      'missing/**/*.html: is a pattern that matches no file',
      'empty: is a folder that holds no .html file',
      'ftp://shop.example/page.html: is not an http or https URL',
      'http://[bad/: is not a valid URL',
    ],
    'the errors',
  );
});

test('URLs stay as given, in order among the files', async () => {
  assertSame(
    summary(await expandInputs(['https://shop.example/', 'index.html', 'http://127.0.0.1:8080/cart'], site)),
    ['url https://shop.example/', 'file index.html', 'url http://127.0.0.1:8080/cart'],
    'the inputs',
  );
});

const bytes = (/** @type {number[]} */ ...values) => new Uint8Array(values);
const encoded = (/** @type {string} */ text) => new TextEncoder().encode(text);

test('decoding: a byte order mark, then the Content-Type charset, then a <meta> charset, else UTF-8', () => {
  // "Анна" in windows-1251 and in UTF-8.
  const cp1251 = [0xc0, 0xed, 0xed, 0xe0];
  const utf8 = [...encoded('Анна')];
  const page = (/** @type {string} */ head, /** @type {number[]} */ body) =>
    new Uint8Array([...encoded(head), ...body]);
  assert.equal(decodePage(page('<meta charset="windows-1251"><p>', cp1251)), '<meta charset="windows-1251"><p>Анна');
  assert.equal(
    decodePage(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>', cp1251)).endsWith(
      'Анна',
    ),
    true,
  );
  assert.equal(decodePage(page('<p>', cp1251), 'text/html; charset=cp1251'), '<p>Анна');
  assert.equal(decodePage(page('<p>', utf8), 'text/html'), '<p>Анна');
  assert.equal(
    decodePage(new Uint8Array([0xef, 0xbb, 0xbf, ...encoded('<p>Анна')]), 'text/html; charset=windows-1251'),
    '<p>Анна',
  );
  assert.equal(decodePage(page('<meta charset="no-such-encoding"><p>', utf8)).endsWith('Анна'), true);
  assert.equal(decodePage(page('<meta charset="utf-16"><p>', utf8)).endsWith('Анна'), true);
});

test('not HTML: binary data; text that does not start with markup, unless its name says .html', () => {
  assert.match(notHtml(bytes(0x1f, 0x8b, 0x08, 0x00), 'page.html') ?? '', /binary data/);
  assert.match(notHtml(encoded('{"pages": []}'), 'data.json') ?? '', /does not start with markup/);
  assert.equal(notHtml(encoded('  <!doctype html><p>x'), 'page.php'), undefined);
  assert.equal(notHtml(encoded('plain text in a page'), 'fragment.html'), undefined);
  assert.equal(notHtml(encoded(''), 'empty.html'), undefined);
});

test('reading a file: its text and its file: URL, or why not', async () => {
  const page = await readPageFile(join(site, 'index.html'));
  assert.ok('source' in page);
  assert.equal(page.source, '<p>home</p>');
  assert.match(page.base, /^file:\/\/.*\/index\.html$/);
  assertSame(
    await readPageFile(join(site, 'notes.txt')),
    { error: 'is not an HTML page: it does not start with markup' },
    'notes.txt',
  );
  assertSame(await readPageFile(join(site, 'gone.html')), { error: 'is no file' }, 'gone.html');
  assertSame(await readPageFile(join(site, 'account')), { error: 'cannot be read (EISDIR)' }, 'a folder');
});
