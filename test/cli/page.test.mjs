// checkPage: each <rr-customer> of a fixture page through the element's own core, and the
// warnings about the page around it. Failures name where the data differs, never its values.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { assertSame, fixtures } from '../fixtures/check/harness.mjs';

const { checkPage } = await import(new URL('../../dist/lib/cli/page/check-page.js', import.meta.url).href);
const { definesElement, loadsTracker } = await import(
  new URL('../../dist/lib/cli/page/integration-warnings.js', import.meta.url).href
);

/** @param {string} name @param {{ assumeDefined?: boolean }} [options] */
async function check(name, options) {
  const path = join(fixtures, name);
  return checkPage(await readFile(path, 'utf8'), pathToFileURL(path).href, options);
}

/** @param {{ warnings: { code: string }[] }[]} customers */
const warningCodes = (customers) => customers.map((customer) => customer.warnings.map((warning) => warning.code));

const seedChildren = {
  customData: { customDataName1: 'customDataValue1', customDataName2: 'customDataValue2' },
  softLinks: [
    { name: 'testLinkName1', value: 'testValue1' },
    { name: 'testLinkName2', value: 'testValue2' },
  ],
};

test("the seed's example without regions sends the seed's call", async () => {
  const customers = await check('seed-without-regions.html');
  assertSame(
    customers,
    [
      {
        line: 24,
        source: undefined,
        payload: {
          customerId: 'seed-1',
          email: 'customer@example.com',
          phone: '+7 (111) 222-33-44',
          ...seedChildren,
          isAgreedToReceiveMarketingMail: true,
        },
        issues: [],
        sent: true,
        warnings: [],
      },
    ],
    'the customers',
  );
});

test("the seed's example with regions sends defaultStockId too, in the seed's key order", async () => {
  const [customer] = await check('seed-with-regions.html');
  assertSame(
    customer.payload,
    {
      customerId: 'seed-2',
      email: 'customer@example.com',
      phone: '+7 (111) 222-33-44',
      customData: seedChildren.customData,
      defaultStockId: 'msk-1',
      softLinks: seedChildren.softLinks,
      isAgreedToReceiveMarketingMail: true,
    },
    'the payload',
  );
  assertSame(warningCodes([customer]), [[]], 'the warnings');
});

test('a guest, whose template printed nothing, sends nothing: customerId is required', async () => {
  const [customer] = await check('guest.html');
  assertSame(
    { sent: customer.sent, payload: customer.payload, issues: customer.issues },
    {
      sent: false,
      payload: undefined,
      issues: [{ code: 'required', field: 'customerId', message: 'customerId is required' }],
    },
    'the guest',
  );
});

test('a partial send leaves out the bad phone and the unfilled custom data value, and sends the rest', async () => {
  const [customer] = await check('partial.html');
  assertSame(customer.sent, true, 'sent');
  assertSame(
    customer.payload,
    {
      customerId: 'partial-1',
      email: 'partial@example.com',
      customData: { tier: 'gold' },
      defaultStockId: 'spb',
      softLinks: [{ name: 'loyaltyCard', value: 'card-0001' }],
    },
    'the payload',
  );
  assertSame(
    customer.issues.map((/** @type {{ field: string }} */ issue) => issue.field),
    ['phone', 'customData'],
    'the fields left out',
  );
});

test('a blocked call: an unfilled customer ID and unreadable consent send nothing', async () => {
  const [customer] = await check('blocked.html');
  assertSame(customer.sent, false, 'sent');
  assertSame(customer.payload, undefined, 'the payload');
  assertSame(
    customer.issues.map((/** @type {{ field: string }} */ issue) => issue.field),
    ['customerId', 'isAgreedToReceiveMarketingMail'],
    'the issues',
  );
});

test('a page without the script warns that nothing defines the element, unless told the bundle does', async () => {
  assertSame(warningCodes(await check('no-script.html')), [['no-definition']], 'the warnings');
  assertSame(
    warningCodes(await check('no-script.html', { assumeDefined: true })),
    [[]],
    'the warnings with assumeDefined',
  );
});

test('a page without the tracker warns that the queue would never run', async () => {
  assertSame(warningCodes(await check('no-tracker.html')), [['no-tracker']], 'the warnings');
});

test('two different customers on one page: both are reported, each with the warning', async () => {
  const customers = await check('two-customers.html');
  assertSame(
    customers.map((/** @type {{ line: number, sent: boolean }} */ customer) => [customer.line, customer.sent]),
    [
      [11, true],
      [14, true],
    ],
    'the customers',
  );
  assertSame(warningCodes(customers), [['different-customers'], ['different-customers']], 'the warnings');
  assert.match(customers[0].warnings[0].message, /lines 11, 14/);
});

test('the same customer twice is no warning: the element makes that call once', async () => {
  const customers = await check('same-customer-twice.html');
  assertSame(warningCodes(customers), [[], []], 'the warnings');
});

test('a page without <rr-customer> has nothing to report, and no warnings', async () => {
  assertSame(await check('no-customer.html'), [], 'the customers');
});

test('a blocked customer beside a sending one is no "different customers"', () => {
  const html = `<script type="module" src="/dist/rr-customer.js"></script><script src="https://cdn.retailrocket.ru/x.js"></script>
    <rr-customer customer-id="one" is-agreed-to-receive-marketing-mail="true"></rr-customer><rr-customer></rr-customer>`;
  assertSame(warningCodes(checkPage(html, 'https://shop.example/')), [[], []], 'the warnings');
});

/** @param {string} html */
const scripts = (html) =>
  html
    .split('|')
    .map((part) =>
      part.startsWith('src=')
        ? { kind: 'classic', src: part.slice(4), text: '' }
        : { kind: 'module', src: undefined, text: part },
    );

test('what counts as a script that defines <rr-customer>', () => {
  const base = 'https://shop.example/catalog/page.html';
  const defining = [
    'src=/dist/rr-customer.js',
    'src=rr-customer.iife.js',
    'src=https://cdn.example/rr-customer@0.1/dist/rr-customer.js',
    'src=https://cdn.example/rr-customer@0.1',
    'src=/node_modules/rr-customer/dist/lib/index.js',
    'src=/assets/rr-customer.js?v=3',
    "import 'rr-customer'",
    'import { RrCustomerElement } from "rr-customer";',
    "await import('rr-customer/rr-customer.js')",
    "import '/vendor/rr-customer.js'",
  ];
  const notDefining = [
    'src=/assets/app.js',
    'src=/dist/rr-customer.css.js',
    'src=/my-rr-customer.js',
    "import 'rr-customer-other'",
    "console.log('rr-customer')",
  ];
  for (const page of defining) assert.ok(definesElement(scripts(page), base), page);
  for (const page of notDefining) assert.ok(!definesElement(scripts(page), base), page);
});

test("what counts as loading Retail Rocket's tracker", () => {
  const base = 'https://shop.example/';
  const loading = [
    'src=https://cdn.retailrocket.ru/content/javascript/tracking.js',
    'src=//cdn.retailrocket.net/content/javascript/tracking.js',
    'src=https://retailrocket.ru/x.js',
    'apiJs.src = "//cdn.retailrocket.ru/content/javascript/tracking.js";',
  ];
  const notLoading = [
    'src=/retailrocket.ru.js',
    'src=https://retailrocket.ru.example/x.js',
    'src=https://notretailrocket.ru/x.js',
    "s.src = 'https://notretailrocket.ru/x.js'",
    "console.log('retail rocket')",
  ];
  for (const page of loading) assert.ok(loadsTracker(scripts(page), base), page);
  for (const page of notLoading) assert.ok(!loadsTracker(scripts(page), base), page);
});
