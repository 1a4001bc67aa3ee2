// What the check command prints: values masked unless asked for, in text and in JSON alike.
// Failures name the field, never its value.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { assertSame, fixtures } from '../fixtures/check/harness.mjs';

const { maskEmail, maskPayload, maskText } = await import(
  new URL('../../dist/lib/cli/report.js', import.meta.url).href
);
const { checkPage } = await import(new URL('../../dist/lib/cli/page/check-page.js', import.meta.url).href);
const { reportJson } = await import(new URL('../../dist/lib/cli/report.js', import.meta.url).href);
const { reportText } = await import(new URL('../../dist/lib/cli/report.js', import.meta.url).href);

test('text keeps its first and last character; under five characters, none', () => {
  assertSame(
    ['c-1007', '12345', '1234', '42', '', 'Анна-7', '👩‍💻 x 🚀'].map(maskText),
    ['c***7', '1***5', '***', '***', '***', 'А***7', '👩***🚀'],
    'masked texts',
  );
});

test("an email address keeps its local part's first character and its domain", () => {
  assertSame(
    ['anna@example.com', 'a@b.co', 'o"d@d"@mail.example', 'no-at-sign'].map(maskEmail),
    ['a***@example.com', '***@b.co', 'o***@mail.example', 'n***n'],
    'masked emails',
  );
});

test('a payload: every value masked, every name and the consent kept, in the same key order', () => {
  const payload = {
    customerId: 'cust-0042',
    email: 'anna@example.com',
    phone: '+7 (111) 222-33-44',
    customData: { tier: 'platinum', city: 'Moscow' },
    defaultStockId: 'msk-1',
    softLinks: [{ name: 'loyaltyCard', value: '1234 5678' }],
    isAgreedToReceiveMarketingMail: false,
  };
  assertSame(
    maskPayload(payload),
    {
      customerId: 'c***2',
      email: 'a***@example.com',
      phone: '+***4',
      customData: { tier: 'p***m', city: 'M***w' },
      defaultStockId: 'm***1',
      softLinks: [{ name: 'loyaltyCard', value: '1***8' }],
      isAgreedToReceiveMarketingMail: false,
    },
    'the masked payload',
  );
});

test('a field the mask does not know is hidden whole, not shown', () => {
  assertSame(
    maskPayload({ customerId: 'cust-0042', futureField: 12345, futureText: 'secret-value' }),
    { customerId: 'c***2', futureField: '***', futureText: 's***e' },
    'the masked payload',
  );
});

const seedValues = [
  'seed-1',
  'customer@example.com',
  '+7 (111) 222-33-44',
  'customDataValue1',
  'customDataValue2',
  'testValue1',
  'testValue2',
];

async function seedPages() {
  const path = join(fixtures, 'seed-without-regions.html');
  return [
    { page: 'seed-without-regions.html', customers: checkPage(await readFile(path, 'utf8'), pathToFileURL(path).href) },
  ];
}

test('JSON: the documented shape, with the payload masked by default and whole with showValues', async () => {
  const pages = await seedPages();
  const { payload } = pages[0]?.customers[0] ?? {};
  const masked = reportJson(pages, false);
  for (const [index, value] of seedValues.entries())
    assert.ok(!masked.includes(value), `value ${index} of the seed is masked`);
  const document = JSON.parse(masked);
  assertSame(Object.keys(document), ['pages'], 'the document');
  assertSame(Object.keys(document.pages[0]), ['page', 'customers'], 'a page');
  assertSame(
    Object.keys(document.pages[0].customers[0]),
    ['line', 'source', 'sent', 'payload', 'issues', 'warnings'],
    'a customer',
  );
  assertSame(document.pages[0].customers[0].payload, maskPayload(payload), 'the masked payload');
  assertSame(JSON.parse(reportJson(pages, true)).pages[0].customers[0].payload, payload, 'the payload whole');
});

test('JSON: a page that could not be read has its error and no customers; a blocked call has payload null', () => {
  const pages = [
    { page: 'gone.html', customers: [], error: 'is no file' },
    { page: 'x.html', customers: checkPage('<rr-customer></rr-customer>', 'https://shop.example/') },
  ];
  const document = JSON.parse(reportJson(pages, false));
  assertSame(document.pages[0], { page: 'gone.html', error: 'is no file', customers: [] }, 'the unreadable page');
  assertSame(document.pages[1].customers[0].sent, false, 'sent');
  assertSame(document.pages[1].customers[0].payload, null, 'the payload');
});

test('text: one block per page with the verdict, the keys, what is left out and why, the warnings; values masked', async () => {
  const read = async (/** @type {string} */ name) => {
    const path = join(fixtures, name);
    return { page: name, customers: checkPage(await readFile(path, 'utf8'), pathToFileURL(path).href) };
  };
  const pages = [
    await read('partial.html'),
    await read('guest.html'),
    await read('no-tracker.html'),
    await read('no-customer.html'),
    { page: 'gone.html', customers: [], error: 'is no file' },
  ];
  const text = reportText(pages, false);
  assert.equal(
    text,
    `partial.html
  <rr-customer> at line 24: would send setCustomer, leaving out 2 bad values
    customerId      "p***1"
    email           "p***@example.com"
    customData      {"tier":"***"}
    defaultStockId  "***"
    softLinks       [{"name":"loyaltyCard","value":"c***1"}]
    left out        phone (invalid-phone): phone must have 7 to 15 digits, written as in E.164 or in one of Retail Rocket's formats
    left out        customData (template-tag): each custom data value holds a template tag that was never filled in
    warning         the markup gives no is-agreed-to-receive-marketing-mail, so Retail Rocket counts the customer as subscribed to marketing mail

guest.html
  <rr-customer> at line 25: would send nothing (1 issue)
    issue  customerId (required): customerId is required

no-tracker.html
  <rr-customer> at line 9: would send setCustomer
    customerId                      "n***1"
    email                           "n***@example.com"
    isAgreedToReceiveMarketingMail  false
    warning                         the page never loads Retail Rocket's tracker (no script from retailrocket.ru or retailrocket.net, and no inline snippet that names one), so the queued call never runs

no-customer.html
  no <rr-customer> in the markup (one that a script adds is not seen)

gone.html
  error: is no file

5 pages, 3 <rr-customer>; 1 would send, 1 would send with values left out, 1 would send nothing; 2 pages with warnings, 1 page without <rr-customer>, 1 page that could not be read
`,
  );
});

test('text with showValues prints each value whole, as JSON', async () => {
  const text = reportText(await seedPages(), true);
  for (const [index, value] of seedValues.entries())
    assert.ok(text.includes(JSON.stringify(value)), `value ${index} of the seed is shown`);
});
