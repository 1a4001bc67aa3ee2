// read-customer.ts as tables: what readCustomer makes of the fields and children a page gave,
// before any rule: each field read as text, each list as its pairs, wrong shapes as issues.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

// Built by `npm run build` before the Node tests run; a variable, so that type-checking,
// which runs before the build, does not look for it.
/** @param {string} file */
const built = (file) => new URL(`../../dist/lib/${file}`, import.meta.url).href;
/** @type {typeof import('../../src/core/read-customer.js')} */
const { readCustomer } = await import(built('core/read-customer.js'));

/** @param {string} unreadable */
const wrongShape = (unreadable) => ({ code: 'wrong-shape', unreadable });
/** @param {string} unreadable */
const notText = (unreadable) => ({ code: 'not-text', unreadable });
const throwing = new Proxy(
  {},
  {
    ownKeys() {
      throw new Error('trap');
    },
  },
);

/**
 * One row: the property of `list`, its children, and the pairs read.
 * @typedef {{ name: string, property?: unknown, children?: { name?: unknown, value?: unknown }[], pairs: unknown[] }} Row
 * @param {'customData' | 'softLinks'} list
 * @param {Row[]} rows
 */
function lists(list, rows) {
  for (const row of rows) {
    test(row.name, () => {
      const children = /** @type {any} */ (row.children ?? []);
      const input = readCustomer(
        { [list]: row.property },
        list === 'softLinks' ? children : [],
        list === 'customData' ? children : [],
      );
      assert.deepEqual(input[list], row.pairs);
      assert.deepEqual(input[list === 'softLinks' ? 'customData' : 'softLinks'], []);
    });
  }
}

describe('the fields', () => {
  test("every field's key, in the table's order", () =>
    assert.deepEqual(Object.keys(readCustomer({}, [], [])), [
      'customerId',
      'email',
      'phone',
      'customData',
      'defaultStockId',
      'softLinks',
      'isAgreedToReceiveMarketingMail',
    ]));
  test('each field read as text, consent as a boolean', () => {
    const input = readCustomer(
      {
        customerId: 17,
        email: ' anna@example.com ',
        phone: 'None',
        defaultStockId: {},
        isAgreedToReceiveMarketingMail: 'Y',
      },
      [],
      [],
    );
    assert.deepEqual(
      { ...input },
      {
        customerId: '17',
        email: 'anna@example.com',
        phone: undefined,
        customData: [],
        defaultStockId: notText('defaultStockId must be text, not an object'),
        softLinks: [],
        isAgreedToReceiveMarketingMail: true,
      },
    );
  });
  test('consent that is no text says so under its own name', () =>
    assert.deepEqual(
      readCustomer({ isAgreedToReceiveMarketingMail: [] }, [], []).isAgreedToReceiveMarketingMail,
      notText('isAgreedToReceiveMarketingMail must be text, not an object'),
    ));
  test('empty consent is false, other text is kept', () => {
    assert.equal(readCustomer({ isAgreedToReceiveMarketingMail: '' }, [], []).isAgreedToReceiveMarketingMail, false);
    assert.equal(
      readCustomer({ isAgreedToReceiveMarketingMail: 'okay' }, [], []).isAgreedToReceiveMarketingMail,
      'okay',
    );
  });
});

describe('customData as a property', () => {
  const shape = 'customData must be a plain object of names to values';
  lists('customData', [
    { name: 'undefined is no pairs', property: undefined, pairs: [] },
    { name: 'null is no pairs', property: null, pairs: [] },
    { name: "'' is no pairs", property: '', pairs: [] },
    { name: 'a placeholder is no pairs', property: 'None', pairs: [] },
    { name: 'an empty object is no pairs', property: {}, pairs: [] },
    {
      name: 'a plain object is its entries in order, read as text',
      property: { tier: 'gold', rank: 3 },
      pairs: [
        { name: 'tier', value: 'gold' },
        { name: 'rank', value: '3' },
      ],
    },
    {
      name: 'an object without a prototype is plain',
      property: Object.assign(Object.create(null), { tier: 'gold' }),
      pairs: [{ name: 'tier', value: 'gold' }],
    },
    { name: 'an entry whose value is not given is left out', property: { tier: ' ', rank: null }, pairs: [] },
    {
      name: 'an entry whose value is no text keeps its name',
      property: { tier: {} },
      pairs: [{ name: 'tier', value: notText('each custom data value must be text, not an object') }],
    },
    { name: 'text is the wrong shape', property: 'gold', pairs: [wrongShape(`${shape}, not text`)] },
    { name: 'a number is the wrong shape', property: 5, pairs: [wrongShape(`${shape}, not a number`)] },
    { name: 'a boolean is the wrong shape', property: true, pairs: [wrongShape(`${shape}, not true or false`)] },
    { name: 'a list is the wrong shape', property: [], pairs: [wrongShape(`${shape}, not a list`)] },
    {
      name: 'a Map is the wrong shape',
      property: new Map([['tier', 'gold']]),
      pairs: [wrongShape(`${shape}, not an object of another kind`)],
    },
    {
      name: 'a Date is the wrong shape',
      property: new Date(0),
      pairs: [wrongShape(`${shape}, not an object of another kind`)],
    },
    {
      name: 'a Proxy whose trap throws is one issue',
      property: throwing,
      pairs: [wrongShape('customData could not be read: reading it threw')],
    },
    {
      name: 'the wrong shape still lets the children count',
      property: 'gold',
      children: [{ name: 'tier', value: 'silver' }],
      pairs: [wrongShape(`${shape}, not text`), { name: 'tier', value: 'silver' }],
    },
  ]);
});

describe('softLinks as a property', () => {
  const shape = 'softLinks must be a list of { name, value } objects';
  const entry = 'each soft link must be a { name, value } object';
  lists('softLinks', [
    { name: 'undefined is no pairs', property: undefined, pairs: [] },
    { name: 'null is no pairs', property: null, pairs: [] },
    { name: 'an empty list is no pairs', property: [], pairs: [] },
    {
      name: 'a list is its entries in order, read as text',
      property: [
        { name: 'card', value: '1' },
        { name: ' club ', value: 2 },
      ],
      pairs: [
        { name: 'card', value: '1' },
        { name: 'club', value: '2' },
      ],
    },
    {
      name: 'an object is the wrong shape',
      property: {},
      pairs: [wrongShape(`${shape}, not an object of another kind`)],
    },
    { name: 'text is the wrong shape', property: 'card', pairs: [wrongShape(`${shape}, not text`)] },
    { name: 'a null entry is the wrong shape', property: [null], pairs: [wrongShape(`${entry}, not null`)] },
    { name: 'a text entry is the wrong shape', property: ['card'], pairs: [wrongShape(`${entry}, not text`)] },
    { name: 'a number entry is the wrong shape', property: [7], pairs: [wrongShape(`${entry}, not a number`)] },
    {
      name: 'an undefined entry is the wrong shape',
      property: [undefined],
      pairs: [wrongShape(`${entry}, not undefined`)],
    },
    {
      name: 'one bad entry among good ones is reported, not dropped',
      property: [{ name: 'a', value: '1' }, 'b', { name: 'c', value: '3' }],
      pairs: [{ name: 'a', value: '1' }, wrongShape(`${entry}, not text`), { name: 'c', value: '3' }],
    },
    { name: 'an entry without a value is left out', property: [{ name: 'card' }], pairs: [] },
    {
      name: 'an entry without a name keeps its value, for the check to report',
      property: [{ value: 'x' }],
      pairs: [{ name: undefined, value: 'x' }],
    },
    {
      name: 'a name that is no text says so',
      property: [{ name: 5n, value: 'x' }],
      pairs: [{ name: notText('each soft link name must be text, not a bigint'), value: 'x' }],
    },
    {
      name: 'a value that is no text says so',
      property: [{ name: 'card', value: Symbol('x') }],
      pairs: [{ name: 'card', value: notText('each soft link value must be text, not a symbol') }],
    },
    {
      name: 'an entry whose getter throws is one issue for the property',
      property: [
        Object.defineProperty({ name: 'card' }, 'value', {
          get() {
            throw new Error('getter');
          },
        }),
      ],
      pairs: [wrongShape('softLinks could not be read: reading it threw')],
    },
  ]);
});

describe('children beside the property', () => {
  lists('softLinks', [
    {
      name: "a child replaces the property's entries of its name; the rest keeps its order",
      property: [
        { name: 'card', value: 'p1' },
        { name: 'club', value: 'q' },
        { name: 'card', value: 'p2' },
      ],
      children: [{ name: ' card ', value: 'c' }],
      pairs: [
        { name: 'club', value: 'q' },
        { name: 'card', value: 'c' },
      ],
    },
    {
      name: 'a child without a value still replaces nothing',
      property: [{ name: 'card', value: 'p' }],
      children: [{ name: 'card', value: '' }],
      pairs: [{ name: 'card', value: 'p' }],
    },
    {
      name: 'a nameless property entry does not fall to a nameless child',
      property: [{ value: 'p' }],
      children: [{ value: 'c' }],
      pairs: [
        { name: undefined, value: 'p' },
        { name: undefined, value: 'c' },
      ],
    },
    {
      name: 'a property entry whose name is no text does not fall to a child whose name is none',
      property: [{ name: 1n, value: 'p' }],
      children: [{ name: 2n, value: 'c' }],
      pairs: [
        { name: notText('each soft link name must be text, not a bigint'), value: 'p' },
        { name: notText('each soft link name must be text, not a bigint'), value: 'c' },
      ],
    },
    {
      name: 'a property entry of the wrong shape stays beside a child of the wrong shape',
      property: [null],
      children: /** @type {any} */ ([7]),
      pairs: [
        wrongShape('each soft link must be a { name, value } object, not null'),
        wrongShape('each soft link must be a { name, value } object, not a number'),
      ],
    },
  ]);
  lists('customData', [
    {
      name: 'children are read as the property is',
      property: { tier: 'gold', rank: '1' },
      children: [
        { name: 'tier', value: 'silver' },
        { name: 'note', value: 3 },
      ],
      pairs: [
        { name: 'rank', value: '1' },
        { name: 'tier', value: 'silver' },
        { name: 'note', value: '3' },
      ],
    },
  ]);
});
