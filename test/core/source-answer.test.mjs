// source-answer.ts as tables: what a customer source's JSON answer gives, in fields to read
// in place of the markup's, as a guest, or as no JSON object at all.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

// Built by `npm run build` before the Node tests run; a variable, so that type-checking,
// which runs before the build, does not look for it.
/** @param {string} file */
const built = (file) => new URL(`../../dist/lib/${file}`, import.meta.url).href;
/** @type {typeof import('../../src/core/source-answer.js')} */
const { GUEST_STATUSES, SOURCE_MAX_BYTES, sourceFields } = await import(built('core/source-answer.js'));

/** @type {import('../../src/core/customer-fields.js').FieldName[]} */
const NAMES = [
  'customerId',
  'email',
  'phone',
  'customData',
  'defaultStockId',
  'softLinks',
  'isAgreedToReceiveMarketingMail',
];

describe('the fields an answer gives', () => {
  /** @type {[string, unknown, unknown][]} */
  const rows = [
    [
      'each parameter it names, with its value as given',
      { customerId: 42, email: 'a@b.co' },
      { customerId: 42, email: 'a@b.co' },
    ],
    [
      'lists and objects as they are, for the properties to read',
      { customerId: 'c', customData: { tier: 'gold' }, softLinks: [{ name: 'n', value: 'v' }] },
      { customerId: 'c', customData: { tier: 'gold' }, softLinks: [{ name: 'n', value: 'v' }] },
    ],
    [
      'a key given as null, which takes the place of the markup',
      { customerId: 'c', email: null },
      { customerId: 'c', email: null },
    ],
    ['unknown keys left out', { customerId: 'c', id: 'other', name: 'Anna' }, { customerId: 'c' }],
    ['consent false, kept', { isAgreedToReceiveMarketingMail: false }, { isAgreedToReceiveMarketingMail: false }],
    ['null: a guest', null, null],
    ['{}: a guest', {}, null],
    ['unknown keys only: a guest', { id: 'someone', name: 'Anna' }, null],
    ['a parameter only on the prototype: a guest', Object.create({ customerId: 'inherited' }), null],
    ['a list: no object', [{ customerId: 'c' }], undefined],
    ['an empty list: no object', [], undefined],
    ['text: no object', 'anna@example.com', undefined],
    ['a number: no object', 42, undefined],
    ['true: no object', true, undefined],
    ['false: no object', false, undefined],
  ];
  for (const [what, answer, fields] of rows) {
    test(what, () => assert.deepEqual(sourceFields(answer, NAMES), fields));
  }

  test('only the names asked for count', () => {
    assert.deepEqual(sourceFields({ customerId: 'c', email: 'a@b.co' }, ['email']), { email: 'a@b.co' });
    assert.equal(sourceFields({ customerId: 'c' }, ['email']), null);
  });

  test('the fields come in the order of the names, not of the answer', () => {
    assert.deepEqual(Object.keys(sourceFields({ email: 'a@b.co', customerId: 'c' }, NAMES) ?? {}), [
      'customerId',
      'email',
    ]);
  });
});

describe('what a source may answer', () => {
  test("a guest's statuses: no content, not signed in, not allowed", () =>
    assert.deepEqual(GUEST_STATUSES, [204, 401, 403]));
  test('at most 64 KiB', () => assert.equal(SOURCE_MAX_BYTES, 65536));
});
