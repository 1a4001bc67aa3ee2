// The built command, run as CI runs it (node on dist/lib/cli/rr-customer.js, output piped):
// its exit codes, its flags, its errors, and no progress when piped. Values in the payloads are
// made up; still, failures name where the data differs, never the values.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertSame, fixtures, root, runCheck } from '../fixtures/check/harness.mjs';

const fixture = (/** @type {string} */ name) => join('test/fixtures/check', name);
const { progress } = await import(new URL('../../dist/lib/cli/progress.js', import.meta.url).href);
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

test('package.json names the built command as the bin, with a #! line to run it', async () => {
  assertSame(pkg.bin, { 'rr-customer': 'dist/lib/cli/rr-customer.js' }, 'bin');
  const source = await readFile(join(root, pkg.bin['rr-customer']), 'utf8');
  assert.ok(source.startsWith('#!/usr/bin/env node\n'));
});

test('exit code 0: every page with a <rr-customer> sends, without issues; a page without one passes', async () => {
  const result = await runCheck([
    'check',
    fixture('seed-without-regions.html'),
    fixture('seed-with-regions.html'),
    fixture('no-customer.html'),
  ]);
  assert.equal(result.code, 0);
  assert.equal(result.stderr, '', 'nothing on stderr: no progress when piped, no error');
  assert.match(result.stdout, /^3 pages, 2 <rr-customer>; 2 would send; 1 page without <rr-customer>$/m);
});

test('exit code 1 by default for a value left out, and for a call not sent', async () => {
  for (const name of ['partial.html', 'guest.html', 'blocked.html'])
    assert.equal((await runCheck(['check', fixture(name)])).code, 1, name);
});

test('--fail-on chooses what counts: never, blocked, issues, warnings', async () => {
  const cases = [
    ['never', 'blocked.html', 0],
    ['blocked', 'partial.html', 0],
    ['blocked', 'guest.html', 1],
    ['issues', 'partial.html', 1],
    ['issues', 'no-tracker.html', 0],
    ['warnings', 'no-tracker.html', 1],
    ['warnings', 'no-script.html', 1],
    ['warnings', 'seed-with-regions.html', 0],
  ];
  for (const [level, name, code] of cases) {
    assert.equal(
      (await runCheck(['check', `--fail-on=${level}`, fixture(String(name))])).code,
      code,
      `--fail-on=${level} ${name}`,
    );
  }
  assert.equal(
    (await runCheck(['check', '--fail-on', 'warnings', '--assume-defined', fixture('no-script.html')])).code,
    0,
    '--assume-defined',
  );
});

test('exit code 2 for a page that cannot be read, after reporting every other page', async () => {
  const result = await runCheck([
    'check',
    fixture('seed-with-regions.html'),
    'no/such/page.html',
    'no/such/*.html',
    'README.md',
  ]);
  assert.equal(result.code, 2);
  assert.match(result.stdout, /^no\/such\/page\.html\n {2}error: is no file or folder$/m);
  assert.match(result.stdout, /^no\/such\/\*\.html\n {2}error: is a pattern that matches no file$/m);
  assert.match(result.stdout, /^README\.md\n {2}error: is not an HTML page: it does not start with markup$/m);
  assert.match(
    result.stdout,
    /^test\/fixtures\/check\/seed-with-regions\.html\n {2}<rr-customer> at line 24: would send setCustomer$/m,
  );
  assert.doesNotMatch(result.stdout + result.stderr, /\n\s+at /, 'no stack trace');
});

test('exit code 2 for a usage error, with a sentence and no stack trace', async () => {
  const cases = [
    [[], /name a command/],
    [['check'], /name at least one file, folder, glob or URL/],
    [['inspect', 'x.html'], /unknown command 'inspect'/],
    [['check', '--bogus', 'x.html'], /unknown option '--bogus'/],
    [['check', '--format', 'xml', 'x.html'], /--format must be text or json, not 'xml'/],
    [['check', '--fail-on=sometimes', 'x.html'], /--fail-on must be one of never, blocked, issues, warnings/],
    [['check', '--timeout=soon', 'x.html'], /--timeout must be a number of seconds above 0/],
    [['check', '--format'], /argument missing/],
  ];
  for (const [args, message] of cases) {
    const result = await runCheck(/** @type {string[]} */ (args));
    const what = `rr-customer ${/** @type {string[]} */ (args).join(' ')}`;
    assert.equal(result.code, 2, what);
    assert.equal(result.stdout, '', `${what}: nothing on stdout`);
    assert.match(result.stderr, /** @type {RegExp} */ (message), what);
    assert.match(
      result.stderr,
      /^rr-customer: .*\nRun 'rr-customer check --help' for the options\.\n$/,
      `${what}: one sentence, then the pointer to --help`,
    );
  }
});

test('--help and --version', async () => {
  const help = await runCheck(['check', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: rr-customer check \[options\] <file\|folder\|glob\|URL>\.\.\./);
  assert.match(help.stdout, /Properties set by scripts/);
  const version = await runCheck(['--version']);
  assert.equal(version.stdout, `${pkg.version}\n`);
});

test('a folder of pages: each .html file, in the JSON document; the text masks every value', async () => {
  const names = (await readdir(fixtures)).filter((name) => name.endsWith('.html')).sort();
  const json = await runCheck(['check', '--format', 'json', 'test/fixtures/check']);
  assert.equal(json.code, 1, 'the folder holds a blocked call');
  const document = JSON.parse(json.stdout);
  assertSame(
    document.pages.map((/** @type {{ page: string }} */ page) => page.page),
    names.map((name) => `test/fixtures/check/${name}`),
    'the pages',
  );
  const shown = await runCheck(['check', '--format', 'json', '--show-values', 'test/fixtures/check']);
  const values = JSON.parse(shown.stdout).pages.flatMap(
    (/** @type {{ customers: { payload: Record<string, unknown> | null }[] }} */ page) =>
      page.customers.flatMap((customer) =>
        customer.payload
          ? [customer.payload.customerId, customer.payload.email, customer.payload.phone].filter(Boolean)
          : [],
      ),
  );
  assert.ok(values.length > 10, 'the pages hold values to mask');
  const text = await runCheck(['check', 'test/fixtures/check']);
  for (const [index, value] of values.entries()) {
    assert.ok(
      !text.stdout.includes(String(value)) && !json.stdout.includes(String(value)),
      `value ${index} is masked in text and JSON`,
    );
  }
});

test('a glob, quoted so that the command expands it, not the shell', async () => {
  const result = await runCheck(['check', '--format=json', 'test/fixtures/check/seed-*.html']);
  assert.equal(result.code, 0);
  assertSame(
    JSON.parse(result.stdout).pages.map((/** @type {{ page: string }} */ page) => page.page),
    ['test/fixtures/check/seed-with-regions.html', 'test/fixtures/check/seed-without-regions.html'],
    'the pages',
  );
});

test('JSON holds for each customer what the core answers, and the warnings', async () => {
  const result = await runCheck([
    'check',
    '--format',
    'json',
    '--show-values',
    fixture('partial.html'),
    fixture('two-customers.html'),
    fixture('guest.html'),
  ]);
  const [partial, two, guest] = JSON.parse(result.stdout).pages;
  assertSame(partial.customers[0].sent, true, 'partial: sent');
  assertSame(
    partial.customers[0].issues.map((/** @type {{ code: string, field: string }} */ issue) => [
      issue.code,
      issue.field,
    ]),
    [
      ['invalid-phone', 'phone'],
      ['template-tag', 'customData'],
    ],
    'partial: issues',
  );
  assertSame(
    two.customers.map((/** @type {{ warnings: { code: string }[] }} */ customer) =>
      customer.warnings.map((warning) => warning.code),
    ),
    [['different-customers'], ['different-customers']],
    'two: warnings',
  );
  assertSame(
    guest.customers[0],
    {
      line: 25,
      source: null,
      sent: false,
      payload: null,
      issues: [{ code: 'required', field: 'customerId', message: 'customerId is required' }],
      warnings: [],
    },
    'guest',
  );
});

test('progress: on a terminal, a line redrawn per page and cleared at the end; none when piped, or for one page', () => {
  /** @param {boolean} isTTY @param {number} total */
  const run = (isTTY, total) => {
    let written = '';
    const shown = progress({ isTTY, write: (/** @type {string} */ text) => (written += text) }, total);
    for (let page = 0; page < total; page++) shown.tick();
    shown.end();
    return written;
  };
  assert.equal(
    run(true, 2),
    '\r\x1b[2Kchecking pages: 0 of 2\r\x1b[2Kchecking pages: 1 of 2\r\x1b[2Kchecking pages: 2 of 2\r\x1b[2K',
  );
  assert.equal(run(false, 50), '');
  assert.equal(run(true, 1), '');
});
