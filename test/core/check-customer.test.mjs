// The contract's rules as tables, run against the pure core in Node: no DOM, no element.
// Each row gives raw values as a page or a framework hands them over, and states exactly
// what the call must hold (the valid rest), which fields have issues, and whether it is sent.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

// Built by `npm run build` before the Node tests run; a variable, so that type-checking,
// which runs before the build, does not look for it.
/** @param {string} file */
const built = (file) => new URL(`../../dist/lib/${file}`, import.meta.url).href;
/** @type {typeof import('../../src/core/read-customer.js')} */
const { readCustomer } = await import(built('core/read-customer.js'));
/** @type {typeof import('../../src/core/check-customer.js')} */
const { checkCustomer } = await import(built('core/check-customer.js'));

/** @type {typeof import('../../src/core/customer-fields.js')} */
const { CUSTOMER_FIELDS } = await import(built('core/customer-fields.js'));

/** @typedef {import('../../src/core/read-customer.js').CustomerFields} Fields */
/** @typedef {import('../../src/core/read-customer.js').NamedValue} Pair */
/** @typedef {import('../../src/core/check-customer.js').CustomerCheck} Check */

const ID = 'customer-17';
/** @type {(fields: Fields, softLinks?: Pair[], customData?: Pair[]) => Check} */
const check = (fields, softLinks = [], customData = []) => checkCustomer(readCustomer(fields, softLinks, customData));
/** Each issue as `[code, field]`, in order: what listeners match on. The wording is for people. */
/** @param {Check} result */
const codesOf = (result) => result.issues.map(({ code, field }) => [code, field]);

/**
 * One row: `fields` (and optional children), then the payload that must be sent (`null`:
 * nothing is queued) and every issue that must be reported, as `[code, field]` in order.
 * @typedef {{ name: string, fields: Fields, softLinks?: Pair[], customData?: Pair[], payload: Record<string, unknown> | null, issues?: string[][] }} Row
 */

/** @param {Row[]} rows */
function table(rows) {
  for (const row of rows) {
    test(row.name, () => {
      const result = check(row.fields, row.softLinks, row.customData);
      assert.deepEqual(result.payload ?? null, row.payload, 'the payload is exactly the valid rest');
      assert.deepEqual(codesOf(result), row.issues ?? [], 'exactly these issues, by code and field');
      assert.equal(result.sent, row.payload !== null, 'sent says whether the call goes out');
      if (row.payload)
        assert.deepEqual(
          Object.keys(result.payload ?? {}),
          Object.keys(row.payload),
          "the payload keeps the seed's key order",
        );
    });
  }
}

describe('rule 1: placeholders are not values', () => {
  const placeholders = [
    '',
    '  ',
    'undefined',
    'null',
    'None',
    'NIL',
    'nan',
    '[object Object]',
    '<no value>',
    '<nil>',
    ' Null ',
  ];
  table([
    ...placeholders.map((text) => ({
      name: `an email of ${JSON.stringify(text)} is not given`,
      fields: { customerId: ID, email: text },
      payload: { customerId: ID },
    })),
    ...placeholders.map((text) => ({
      name: `a customer ID of ${JSON.stringify(text)} is missing`,
      fields: { customerId: text },
      payload: null,
      issues: [['required', 'customerId']],
    })),
    {
      name: 'NaN as a property is a placeholder',
      fields: { customerId: ID, phone: Number.NaN },
      payload: { customerId: ID },
    },
    {
      name: 'null and undefined properties are not given',
      fields: { customerId: ID, email: null, phone: undefined },
      payload: { customerId: ID },
    },
    {
      name: 'a child pair whose value is a placeholder is left out',
      fields: { customerId: ID },
      customData: [{ name: 'tier', value: 'None' }],
      payload: { customerId: ID },
    },
    {
      name: 'a child with a placeholder name and a value needs a name',
      fields: { customerId: ID },
      customData: [{ name: 'null', value: 'gold' }],
      payload: { customerId: ID },
      issues: [['pair-without-name', 'customData']],
    },
    {
      name: 'a placeholder inside longer text is text',
      fields: { customerId: ID, defaultStockId: 'none-north' },
      payload: { customerId: ID, defaultStockId: 'none-north' },
    },
  ]);
});

describe('rule 2: IDs that identify no one are refused', () => {
  const guests = [
    '0',
    '-1',
    'anonymous',
    'Anon',
    'GUEST',
    'unknown',
    'N/A',
    'true',
    'False',
    '[]',
    '{}',
    '00000000-0000-0000-0000-000000000000',
  ];
  table([
    ...guests.map((text) => ({
      name: `customerId ${JSON.stringify(text)} blocks the call`,
      fields: { customerId: text, email: 'a@example.com' },
      payload: null,
      issues: [['guest-id', 'customerId']],
    })),
    ...guests.map((text) => ({
      name: `a soft link value ${JSON.stringify(text)} is left out, the rest is sent`,
      fields: { customerId: ID },
      softLinks: [
        { name: 'card', value: text },
        { name: 'club', value: '77' },
      ],
      payload: { customerId: ID, softLinks: [{ name: 'club', value: '77' }] },
      issues: [['guest-id', 'softLinks']],
    })),
    {
      name: 'customerId 0 as a number blocks the call',
      fields: { customerId: 0 },
      payload: null,
      issues: [['guest-id', 'customerId']],
    },
    {
      name: 'customerId -1 as a number blocks the call',
      fields: { customerId: -1 },
      payload: null,
      issues: [['guest-id', 'customerId']],
    },
    {
      name: 'a guest word as custom data is data, not an ID',
      fields: { customerId: ID },
      customData: [{ name: 'role', value: 'guest' }],
      payload: { customerId: ID, customData: { role: 'guest' } },
    },
    {
      name: 'an ID that only starts like a guest one is an ID',
      fields: { customerId: '0042' },
      payload: { customerId: '0042' },
    },
  ]);

  test('the message says the value identifies no one, and never quotes it', () => {
    const [issue] = check({ customerId: 'Guest' }).issues;
    assert.ok(issue);
    assert.match(issue.message, /placeholder that identifies no one/);
    assert.ok(!issue.message.includes('Guest'), 'the message does not quote the value');
  });
});

describe('rule 3: unfilled template tags are refused', () => {
  const tags = [
    '{{ customer.id }}',
    '{% if x %}',
    '<?= $id ?>',
    '<%= user.id %>',
    '${user.id}',
    '{$user.id}',
    'id-{{x}}-tail',
  ];
  table([
    ...tags.map((text) => ({
      name: `customerId ${JSON.stringify(text)} blocks the call`,
      fields: { customerId: text },
      payload: null,
      issues: [['template-tag', 'customerId']],
    })),
    ...tags.map((text) => ({
      name: `an email ${JSON.stringify(text)} is left out`,
      fields: { customerId: ID, email: text },
      payload: { customerId: ID },
      issues: [['template-tag', 'email']],
    })),
    {
      name: 'a template tag in a custom data name drops that pair',
      fields: { customerId: ID },
      customData: [
        { name: '{{ key }}', value: 'x' },
        { name: 'tier', value: 'gold' },
      ],
      payload: { customerId: ID, customData: { tier: 'gold' } },
      issues: [['template-tag', 'customData']],
    },
    {
      name: 'an opening without its closer is text',
      fields: { customerId: ID, defaultStockId: 'a{{b' },
      payload: { customerId: ID, defaultStockId: 'a{{b' },
    },
    {
      name: 'a closer before its opening is text',
      fields: { customerId: ID, defaultStockId: '}}a{{' },
      payload: { customerId: ID, defaultStockId: '}}a{{' },
    },
  ]);
});

describe('rule 4: a bad optional field does not cost the customer', () => {
  table([
    {
      name: 'a bad email, phone and region are left out; the rest is sent',
      fields: {
        customerId: ID,
        email: 'not-an-email',
        phone: '8 (911) 222-33-44 доб. 5',
        defaultStockId: 'x'.repeat(51),
        isAgreedToReceiveMarketingMail: 'Y',
      },
      payload: { customerId: ID, isAgreedToReceiveMarketingMail: true },
      issues: [
        ['invalid-email', 'email'],
        ['invalid-phone', 'phone'],
        ['too-long', 'defaultStockId'],
      ],
    },
    {
      name: 'a customData property of the wrong shape is left out; the children still count',
      fields: { customerId: ID, customData: 'tier=gold' },
      customData: [{ name: 'tier', value: 'silver' }],
      payload: { customerId: ID, customData: { tier: 'silver' } },
      issues: [['wrong-shape', 'customData']],
    },
    {
      name: 'a softLinks property of the wrong shape is left out; the children still count',
      fields: { customerId: ID, softLinks: { card: '1' } },
      softLinks: [{ name: 'card', value: '2' }],
      payload: { customerId: ID, softLinks: [{ name: 'card', value: '2' }] },
      issues: [['wrong-shape', 'softLinks']],
    },
    {
      name: 'one bad soft link entry is left out, the others are sent in order',
      fields: {
        customerId: ID,
        softLinks: [
          { name: 'a', value: '1' },
          7,
          { name: 'c', value: {} },
          { value: 'nameless' },
          { name: 'd', value: '4' },
        ],
      },
      payload: {
        customerId: ID,
        softLinks: [
          { name: 'a', value: '1' },
          { name: 'd', value: '4' },
        ],
      },
      issues: [
        ['wrong-shape', 'softLinks'],
        ['not-text', 'softLinks'],
        ['pair-without-name', 'softLinks'],
      ],
    },
    {
      name: 'a missing customerId blocks the call',
      fields: { email: 'a@example.com' },
      payload: null,
      issues: [['required', 'customerId']],
    },
    {
      name: 'a bad customerId blocks the call beside bad optional fields',
      fields: { customerId: {}, email: 'x' },
      payload: null,
      issues: [
        ['not-text', 'customerId'],
        ['invalid-email', 'email'],
      ],
    },
    {
      name: 'an unknown consent blocks the call',
      fields: { customerId: ID, isAgreedToReceiveMarketingMail: 'maybe' },
      payload: null,
      issues: [['invalid-consent', 'isAgreedToReceiveMarketingMail']],
    },
  ]);

  test('every issue is reported, one per bad field or pair', () => {
    const result = check({ customerId: ID, email: 'x', customData: { a: {}, b: [] } });
    assert.deepEqual(codesOf(result), [
      ['invalid-email', 'email'],
      ['not-text', 'customData'],
      ['not-text', 'customData'],
    ]);
  });
});

describe('rule 5: consent is never invented', () => {
  const yes = ['true', '1', 'yes', 'y', 'on', 'TRUE', 'Yes', 'Y', 'ON', ' y '];
  const no = ['false', '0', 'no', 'n', 'off', 'FALSE', 'No', 'N', 'Off'];
  const empty = ['', '   ', 'None', 'null', 'undefined', '<no value>'];
  /** @param {unknown} value */
  const consent = (value) => ({ customerId: ID, isAgreedToReceiveMarketingMail: value });
  table([
    ...yes.map((text) => ({
      name: `${JSON.stringify(text)} means true`,
      fields: consent(text),
      payload: { customerId: ID, isAgreedToReceiveMarketingMail: true },
    })),
    ...no.map((text) => ({
      name: `${JSON.stringify(text)} means false`,
      fields: consent(text),
      payload: { customerId: ID, isAgreedToReceiveMarketingMail: false },
    })),
    ...empty.map((text) => ({
      name: `present but ${JSON.stringify(text)} means false, never yes`,
      fields: consent(text),
      payload: { customerId: ID, isAgreedToReceiveMarketingMail: false },
    })),
    { name: 'absent leaves the key out', fields: consent(undefined), payload: { customerId: ID } },
    { name: 'a null property leaves the key out', fields: consent(null), payload: { customerId: ID } },
    {
      name: 'a boolean property is itself (true)',
      fields: consent(true),
      payload: { customerId: ID, isAgreedToReceiveMarketingMail: true },
    },
    {
      name: 'a boolean property is itself (false)',
      fields: consent(false),
      payload: { customerId: ID, isAgreedToReceiveMarketingMail: false },
    },
    ...['maybe', 'agreed', '2', 'yes please', 'constructor', 'toString'].map((text) => ({
      name: `${JSON.stringify(text)} blocks the call`,
      fields: consent(text),
      payload: null,
      issues: [['invalid-consent', 'isAgreedToReceiveMarketingMail']],
    })),
    {
      name: 'an object as consent blocks the call',
      fields: consent({}),
      payload: null,
      issues: [['not-text', 'isAgreedToReceiveMarketingMail']],
    },
  ]);
});

describe('rule 6: numbers are text', () => {
  table([
    {
      name: 'numeric ID, phone, region and pair values are their decimal text',
      fields: {
        customerId: 42,
        phone: 79112223344,
        defaultStockId: 7,
        customData: { visits: 3, ratio: 0.5 },
        softLinks: [{ name: 'card', value: 123456 }],
      },
      payload: {
        customerId: '42',
        phone: '79112223344',
        customData: { visits: '3', ratio: '0.5' },
        defaultStockId: '7',
        softLinks: [{ name: 'card', value: '123456' }],
      },
    },
    {
      name: 'Infinity is invalid',
      fields: { customerId: ID, defaultStockId: Number.POSITIVE_INFINITY },
      payload: { customerId: ID },
      issues: [['not-text', 'defaultStockId']],
    },
    {
      name: 'Infinity as the ID blocks the call',
      fields: { customerId: Number.NEGATIVE_INFINITY },
      payload: null,
      issues: [['not-text', 'customerId']],
    },
    {
      name: 'a boolean where text belongs is invalid',
      fields: { customerId: ID, email: true },
      payload: { customerId: ID },
      issues: [['not-text', 'email']],
    },
    {
      name: 'an object where text belongs is invalid',
      fields: { customerId: ID, phone: { number: '1' } },
      payload: { customerId: ID },
      issues: [['not-text', 'phone']],
    },
    {
      name: 'a String object where text belongs is invalid',
      fields: { customerId: ID, email: new String('a@example.com') },
      payload: { customerId: ID },
      issues: [['not-text', 'email']],
    },
    {
      name: 'a function or a symbol where text belongs is invalid',
      fields: { customerId: ID, email: () => 'a@example.com', phone: Symbol('p') },
      payload: { customerId: ID },
      issues: [
        ['not-text', 'email'],
        ['not-text', 'phone'],
      ],
    },
    {
      name: 'a bigint where text belongs is invalid',
      fields: { customerId: ID, defaultStockId: 5n },
      payload: { customerId: ID },
      issues: [['not-text', 'defaultStockId']],
    },
  ]);
});

describe('pairs: properties and children', () => {
  table([
    {
      name: "a child replaces the property's pair of the same name; the rest keeps its order",
      fields: { customerId: ID, customData: { tier: 'gold', city: 'msk' } },
      customData: [{ name: 'tier', value: 'silver' }],
      payload: { customerId: ID, customData: { city: 'msk', tier: 'silver' } },
    },
    {
      name: 'soft links: a child replaces property entries of its name; children of one name are all kept',
      fields: {
        customerId: ID,
        softLinks: [
          { name: 'card', value: 'p' },
          { name: 'club', value: 'q' },
        ],
      },
      softLinks: [
        { name: ' card ', value: 'c1' },
        { name: 'card', value: 'c2' },
      ],
      payload: {
        customerId: ID,
        softLinks: [
          { name: 'club', value: 'q' },
          { name: 'card', value: 'c1' },
          { name: 'card', value: 'c2' },
        ],
      },
    },
    {
      name: 'empty lists and objects send no key',
      fields: { customerId: ID, customData: {}, softLinks: [] },
      payload: { customerId: ID },
    },
    {
      name: "'' as a list property is not given (Preact's removed prop)",
      fields: { customerId: ID, customData: '', softLinks: '' },
      payload: { customerId: ID },
    },
    {
      name: 'a Map as customData is the wrong shape',
      fields: { customerId: ID, customData: new Map([['a', '1']]) },
      payload: { customerId: ID },
      issues: [['wrong-shape', 'customData']],
    },
    {
      name: 'an array as customData is the wrong shape',
      fields: { customerId: ID, customData: [['a', '1']] },
      payload: { customerId: ID },
      issues: [['wrong-shape', 'customData']],
    },
    {
      name: 'among children of one name, a refused one is left out and the last valid one is sent',
      fields: { customerId: ID },
      customData: [
        { name: 'tier', value: 'gold' },
        { name: 'tier', value: '{{ tier }}' },
      ],
      payload: { customerId: ID, customData: { tier: 'gold' } },
      issues: [['template-tag', 'customData']],
    },
    {
      name: "a refused child still replaces the property's pair of its name",
      fields: { customerId: ID, customData: { tier: 'gold', city: 'msk' } },
      customData: [{ name: 'tier', value: '{{ tier }}' }],
      payload: { customerId: ID, customData: { city: 'msk' } },
      issues: [['template-tag', 'customData']],
    },
    {
      name: 'a child without a value is left out silently',
      fields: { customerId: ID },
      softLinks: [{ name: 'card', value: null }],
      payload: { customerId: ID },
    },
  ]);
});

describe('limits, checked before anything costlier', () => {
  table([
    {
      name: 'an email of 255 characters is left out',
      fields: { customerId: ID, email: `${'a'.repeat(243)}@example.com` },
      payload: { customerId: ID },
      issues: [['too-long', 'email']],
    },
    {
      name: 'an email of 254 characters is sent',
      fields: { customerId: ID, email: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com` },
      payload: { customerId: ID, email: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com` },
    },
    {
      name: "the longest phone the seed's grammar allows is sent",
      fields: { customerId: ID, phone: '+1 (2) 3 4 5 6 7 8 9 0 1 2 3 4 5' },
      payload: { customerId: ID, phone: '+1 (2) 3 4 5 6 7 8 9 0 1 2 3 4 5' },
    },
    {
      name: 'a phone longer than that is left out',
      fields: { customerId: ID, phone: `+7 ${'1 '.repeat(40)}1` },
      payload: { customerId: ID },
      issues: [['too-long', 'phone']],
    },
    {
      name: 'defaultStockId of 50 characters is sent',
      fields: { customerId: ID, defaultStockId: 'r'.repeat(50) },
      payload: { customerId: ID, defaultStockId: 'r'.repeat(50) },
    },
    {
      name: 'defaultStockId of 50 emoji is sent: characters, not UTF-16 units',
      fields: { customerId: ID, defaultStockId: '🏬'.repeat(50) },
      payload: { customerId: ID, defaultStockId: '🏬'.repeat(50) },
    },
    {
      name: 'defaultStockId of 51 characters is left out',
      fields: { customerId: ID, defaultStockId: 'r'.repeat(51) },
      payload: { customerId: ID },
      issues: [['too-long', 'defaultStockId']],
    },
    {
      name: 'a customer ID of 1,000 characters is sent',
      fields: { customerId: 'c'.repeat(1000) },
      payload: { customerId: 'c'.repeat(1000) },
    },
    {
      name: 'a customer ID of 1,001 characters blocks the call',
      fields: { customerId: 'c'.repeat(1001) },
      payload: null,
      issues: [['too-long', 'customerId']],
    },
    {
      name: 'a custom data value of 1,001 characters drops its pair',
      fields: { customerId: ID, customData: { long: 'v'.repeat(1001) } },
      payload: { customerId: ID },
      issues: [['too-long', 'customData']],
    },
  ]);

  // Structural, not timed: a value that breaks the length and every later rule gets the
  // length's message alone, so no costlier check ever read it. What it costs is the bench's.
  test('a giant value fails on its length alone: no later check runs on it', () => {
    const giant = `{{ ${'a'.repeat(2_000_000)} }}@`;
    const result = check({ customerId: ID, email: giant, phone: giant, customData: { note: giant } });
    assert.deepEqual(result.issues, [
      { code: 'too-long', field: 'email', message: 'email must have at most 254 characters' },
      { code: 'too-long', field: 'phone', message: 'phone must have at most 32 characters' },
      { code: 'too-long', field: 'customData', message: 'each custom data value must have at most 1000 characters' },
    ]);
    // And the length check ends the schema's run: it reports that one issue and nothing more.
    for (const field of CUSTOMER_FIELDS) {
      if (!('schema' in field) || field.name === 'isAgreedToReceiveMarketingMail') continue;
      const result = /** @type {{ issues?: unknown[] }} */ (field.schema['~standard'].validate(giant));
      assert.equal(result.issues?.length, 1, `${field.name}: one issue, the length's`);
    }
  });
});

describe('messages never quote the value', () => {
  test('no issue message holds any of the values given', () => {
    const values = {
      customerId: 'Guest',
      email: 'secret-address',
      phone: '12ab',
      defaultStockId: 'x'.repeat(60),
      isAgreedToReceiveMarketingMail: 'perhaps',
    };
    const result = check({
      ...values,
      customData: { hidden: { deep: 1 } },
      softLinks: [{ name: 'card', value: '{{ secret }}' }],
    });
    assert.ok(result.issues.length >= 6);
    for (const issue of result.issues) {
      for (const value of [...Object.values(values), 'hidden', 'secret'])
        assert.ok(!issue.message.includes(value), `${issue.field}'s message quotes no value`);
    }
  });
});

describe('values that throw when read', () => {
  const throwing = new Proxy(
    {},
    {
      ownKeys() {
        throw new Error('trap');
      },
    },
  );
  const revoked = Proxy.revocable([], {});
  revoked.revoke();
  const getter = Object.defineProperty({}, 'tier', {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });
  const entryGetter = [
    Object.defineProperty({ name: 'card' }, 'value', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    }),
  ];
  table([
    {
      name: 'a Proxy whose trap throws is an issue for customData',
      fields: { customerId: ID, customData: throwing },
      payload: { customerId: ID },
      issues: [['wrong-shape', 'customData']],
    },
    {
      name: 'a revoked Proxy is an issue for softLinks',
      fields: { customerId: ID, softLinks: revoked.proxy },
      payload: { customerId: ID },
      issues: [['wrong-shape', 'softLinks']],
    },
    {
      name: 'a throwing getter is an issue for customData',
      fields: { customerId: ID, customData: getter },
      customData: [{ name: 'a', value: '1' }],
      payload: { customerId: ID, customData: { a: '1' } },
      issues: [['wrong-shape', 'customData']],
    },
    {
      name: 'a throwing getter on an entry is an issue for softLinks',
      fields: { customerId: ID, softLinks: entryGetter },
      payload: { customerId: ID },
      issues: [['wrong-shape', 'softLinks']],
    },
  ]);
});

describe('the read input tells inputs apart as the contract does', () => {
  /** @param {Fields} fields */
  const key = (fields) => JSON.stringify(readCustomer(fields, [], []));
  test('equal read values give equal keys, whatever the raw form', () => {
    assert.equal(key({ customerId: 42 }), key({ customerId: ' 42 ' }));
    assert.equal(key({ customerId: ID, email: 'None' }), key({ customerId: ID }));
  });
  test('values that JSON cannot tell apart give different keys', () => {
    assert.notEqual(
      key({ customerId: ID, email: new String('a@example.com') }),
      key({ customerId: ID, email: 'a@example.com' }),
    );
    assert.notEqual(
      key({ customerId: ID, customData: { tier: { toJSON: () => 'gold' } } }),
      key({ customerId: ID, customData: { tier: 'gold' } }),
    );
    assert.notEqual(
      key({ customerId: ID, isAgreedToReceiveMarketingMail: new Boolean(false) }),
      key({ customerId: ID, isAgreedToReceiveMarketingMail: false }),
    );
    assert.notEqual(key({ customerId: ID, email: () => 'x' }), key({ customerId: ID }));
    assert.notEqual(key({ customerId: ID, email: Symbol('x') }), key({ customerId: ID }));
  });
  test('two bad shapes of different kinds give different keys', () => {
    assert.notEqual(key({ customerId: ID, softLinks: 'x' }), key({ customerId: ID, softLinks: 5 }));
    assert.notEqual(key({ customerId: ID, customData: 'x' }), key({ customerId: ID, customData: [] }));
  });
});

describe("the seed's examples", () => {
  const seedFields = {
    customerId: 'customerId',
    email: 'email@example.com',
    phone: '+7 (111) 222-33-44',
    isAgreedToReceiveMarketingMail: true,
  };
  const pairs = {
    softLinks: [
      { name: 'testLinkName1', value: 'testValue1' },
      { name: 'testLinkName2', value: 'testValue2' },
    ],
    customData: [
      { name: 'customDataName1', value: 'customDataValue1' },
      { name: 'customDataName2', value: 'customDataValue2' },
    ],
  };
  table([
    {
      name: 'without regions',
      fields: seedFields,
      ...pairs,
      payload: {
        customerId: 'customerId',
        email: 'email@example.com',
        phone: '+7 (111) 222-33-44',
        customData: { customDataName1: 'customDataValue1', customDataName2: 'customDataValue2' },
        softLinks: pairs.softLinks,
        isAgreedToReceiveMarketingMail: true,
      },
    },
    {
      name: 'with regions: defaultStockId after customData, as the seed writes it',
      fields: { ...seedFields, defaultStockId: 'defaultStockId' },
      ...pairs,
      payload: {
        customerId: 'customerId',
        email: 'email@example.com',
        phone: '+7 (111) 222-33-44',
        customData: { customDataName1: 'customDataValue1', customDataName2: 'customDataValue2' },
        defaultStockId: 'defaultStockId',
        softLinks: pairs.softLinks,
        isAgreedToReceiveMarketingMail: true,
      },
    },
  ]);
});

// The cases below were the browser tests' tables; the browser keeps one or two per rule.

describe('rule 7: an email is valid when <input type=email> takes it, its domain converted to ASCII', () => {
  const valid = [
    'email@example.com',
    'first.last+tag@sub.example.co',
    "o'brien@example.com",
    'a@b',
    'anna@пример.рф',
    'anna@xn--e1afmkfd.xn--p1ai',
    'ANNA@ПРИМЕР.РФ',
    `a@${'b'.repeat(63)}.com`,
  ];
  const invalid = [
    'not-an-email',
    '@b.co',
    'a@',
    'a b@c.co',
    'a@b.co>',
    'a@@b.co',
    'a@b..co',
    'someone@do-.com',
    'someone@-do.com',
    `a@${'b'.repeat(64)}.com`,
    'anna@при мер.рф',
    'anna@пример.рф:80',
    'anna@пример.рф/x',
  ];
  table([
    ...valid.map((email) => ({
      name: `${JSON.stringify(email)} is sent`,
      fields: { customerId: ID, email },
      payload: { customerId: ID, email },
    })),
    ...invalid.map((email) => ({
      name: `${JSON.stringify(email)} is left out`,
      fields: { customerId: ID, email },
      payload: { customerId: ID },
      issues: [['invalid-email', 'email']],
    })),
  ]);
});

describe("rule 8: a phone as E.164 or Retail Rocket's formats write it", () => {
  const valid = [
    '71112223344',
    '81112223344',
    '+71112223344',
    '+7(111)2223344',
    '+7(111)222-33-44',
    '+7 (111) 222-33-44',
    '+7 (111) 222 33 44',
    '+7 111 222 33 44',
    '+7-111-222-33-44',
    '8-111-222-33-44',
    '5577999617074',
    '31687224865',
    '56948840030',
    '123456789012345',
    // A dot between digit groups is a separator, as a space or a hyphen is.
    '+7.111.222.33.44',
    '7.111.222-33-44',
  ];
  const invalid = [
    ['letters', '+7 111 CALL NOW'],
    ['a letter among digits', '7111222334a'],
    ['six digits', '123456'],
    ['sixteen digits', '1234567890123456'],
    ['sixteen digits in groups', '+7 (111) 222-33-44-55555'],
    ['two dots together', '+7..111.222.33.44'],
    ['a slash', '+7/111/2223344'],
    ['two spaces', '+7  111 222 33 44'],
    ['a space and a hyphen together', '+7 -111-222-33-44'],
    ['two bracketed groups', '+7 (111) (222) 33 44'],
    ['a bracket not after the country code', '+7 111 (222) 33 44'],
    ['an unclosed bracket', '+7 (111 222 33 44'],
    ['a plus inside', '7+1112223344'],
    ['two pluses', '++71112223344'],
    ['a trailing hyphen', '+7-111-222-33-44-'],
    ['a leading hyphen', '-71112223344'],
    ['a trailing dot', '+7.111.222.33.44.'],
  ];
  table([
    ...valid.map((phone) => ({
      name: `${JSON.stringify(phone)} is sent as written, trimmed`,
      fields: { customerId: ID, phone: ` ${phone} ` },
      payload: { customerId: ID, phone },
    })),
    ...invalid.map(([why, phone]) => ({
      name: `a phone with ${why} is left out`,
      fields: { customerId: ID, phone },
      payload: { customerId: ID },
      issues: [['invalid-phone', 'phone']],
    })),
  ]);
});

describe('rule 9: an email address is no soft link', () => {
  table([
    ...['a@b.co', 'anna@пример.рф', ' Person@Example.com '].map((value) => ({
      name: `a soft link value ${JSON.stringify(value)} is left out, the rest is sent`,
      fields: { customerId: ID },
      softLinks: [
        { name: 'mail', value },
        { name: 'card', value: '77' },
      ],
      payload: { customerId: ID, softLinks: [{ name: 'card', value: '77' }] },
      issues: [['email-soft-link', 'softLinks']],
    })),
    {
      name: 'text that only holds an @ is a soft link value',
      fields: { customerId: ID, softLinks: [{ name: 'handle', value: '@anna' }] },
      payload: { customerId: ID, softLinks: [{ name: 'handle', value: '@anna' }] },
    },
    {
      name: 'an email address as custom data is data',
      fields: { customerId: ID, customData: { backup: 'a@b.co' } },
      payload: { customerId: ID, customData: { backup: 'a@b.co' } },
    },
  ]);
});

describe('placeholders in every place, in any case', () => {
  const cased = ['undefined', 'null', 'None', 'nil', 'NaN', '[object Object]', '<no value>', '<nil>'].flatMap(
    (text) => [text, text.toUpperCase(), ` ${text.toLowerCase()}\n`],
  );
  table(
    cased.flatMap((text) => [
      {
        name: `${JSON.stringify(text)} in every optional field and list property is not given`,
        fields: { customerId: ID, email: text, phone: text, defaultStockId: text, customData: text, softLinks: text },
        payload: { customerId: ID },
      },
      {
        name: `${JSON.stringify(text)} as the customer ID: customerId is required`,
        fields: { customerId: text },
        payload: null,
        issues: [['required', 'customerId']],
      },
      {
        name: `${JSON.stringify(text)} as a child's value leaves it out; as its name, the child has none`,
        fields: { customerId: ID },
        softLinks: [
          { name: 'card', value: text },
          { name: text, value: 'c-1' },
        ],
        customData: [
          { name: 'tier', value: text },
          { name: text, value: 'gold' },
          { name: 'city', value: 'Kazan' },
        ],
        payload: { customerId: ID, customData: { city: 'Kazan' } },
        issues: [
          ['pair-without-name', 'customData'],
          ['pair-without-name', 'softLinks'],
        ],
      },
    ]),
  );
  table([
    {
      name: 'NaN as a pair value is not given',
      fields: { customerId: ID, customData: { visits: Number.NaN }, softLinks: [{ name: 'crm', value: Number.NaN }] },
      payload: { customerId: ID },
    },
    {
      name: 'NaN as the customer ID: customerId is required',
      fields: { customerId: Number.NaN },
      payload: null,
      issues: [['required', 'customerId']],
    },
  ]);
});

describe('guest IDs, more forms', () => {
  const guests = ['Anonymous', 'ANON', 'Guest', 'Unknown', 'n/a', 'TRUE', 'false', ' guest '];
  table([
    ...guests.map((text) => ({
      name: `customerId ${JSON.stringify(text)} blocks the call`,
      fields: { customerId: text },
      payload: null,
      issues: [['guest-id', 'customerId']],
    })),
    {
      name: 'customerId -0 as a number blocks the call',
      fields: { customerId: -0 },
      payload: null,
      issues: [['guest-id', 'customerId']],
    },
    ...['guest-42', '10', 'unknown soldier', 'n/a/b', '00000000-0000-0000-0000-000000000001'].map((id) => ({
      name: `${JSON.stringify(id)}, which merely holds a guest word, identifies someone`,
      fields: { customerId: id, softLinks: [{ name: 'card', value: id }] },
      payload: { customerId: id, softLinks: [{ name: 'card', value: id }] },
    })),
    {
      name: 'guest words are no problem for the region, custom data or a soft link name',
      fields: { customerId: ID, defaultStockId: '0' },
      customData: [
        { name: 'guest', value: '0' },
        { name: 'role', value: 'anonymous' },
      ],
      softLinks: [{ name: 'guest', value: 'card-1' }],
      payload: {
        customerId: ID,
        customData: { guest: '0', role: 'anonymous' },
        defaultStockId: '0',
        softLinks: [{ name: 'guest', value: 'card-1' }],
      },
    },
  ]);
});

describe('template tags, more forms', () => {
  const tags = ['{%- if x -%}', 'id-{{x}}-7', '{{}}', '<%= user.id %>'];
  table([
    ...tags.map((tag) => ({
      name: `${JSON.stringify(tag)} in every optional field and pair leaves only those out`,
      fields: { customerId: ID, email: tag, phone: tag, defaultStockId: tag },
      softLinks: [
        { name: 'card', value: tag },
        { name: tag, value: '1' },
        { name: 'crm', value: 'c-1' },
      ],
      customData: [
        { name: 'tier', value: tag },
        { name: 'city', value: 'Kazan' },
      ],
      payload: { customerId: ID, customData: { city: 'Kazan' }, softLinks: [{ name: 'crm', value: 'c-1' }] },
      issues: ['email', 'phone', 'customData', 'defaultStockId', 'softLinks', 'softLinks'].map((field) => [
        'template-tag',
        field,
      ]),
    })),
    ...['{{ half', 'a }} {{ b', '%} {%', '50% {off}', '$ {5}', '{ $5 }', '<? no', 'a ?> <?', '{{ x }'].map((text) => ({
      name: `${JSON.stringify(text)} has no closer after its opening: it is text`,
      fields: { customerId: ID, defaultStockId: text },
      payload: { customerId: ID, defaultStockId: text },
    })),
  ]);
});

describe('limits in code points, more cases', () => {
  const id = `id-${'😀'.repeat(997)}`;
  table([
    {
      name: 'an ID, a name and a value of 1,000 code points are sent',
      fields: { customerId: id },
      customData: [{ name: 'n'.repeat(1000), value: '😀'.repeat(1000) }],
      payload: { customerId: id, customData: { ['n'.repeat(1000)]: '😀'.repeat(1000) } },
    },
    {
      name: 'an ID of 1,001 code points blocks the call',
      fields: { customerId: `${id}x` },
      payload: null,
      issues: [['too-long', 'customerId']],
    },
    {
      name: 'a name or value over 1,000 characters leaves out its pair alone',
      fields: { customerId: ID },
      customData: [
        { name: 'v'.repeat(1001), value: '1' },
        { name: 'tier', value: 'v'.repeat(1001) },
      ],
      softLinks: [
        { name: 'v'.repeat(1001), value: '1' },
        { name: 'card', value: 'v'.repeat(1001) },
        { name: 'crm', value: 'c-1' },
      ],
      payload: { customerId: ID, softLinks: [{ name: 'crm', value: 'c-1' }] },
      issues: [
        ['too-long', 'customData'],
        ['too-long', 'customData'],
        ['too-long', 'softLinks'],
        ['too-long', 'softLinks'],
      ],
    },
  ]);
});

describe('consent, more forms', () => {
  /** @param {unknown} value */
  const consent = (value) => ({ customerId: ID, isAgreedToReceiveMarketingMail: value });
  table([
    ...[
      ['True', true],
      ['On', true],
      [1, true],
      [' false ', false],
      ['OFF', false],
      [0, false],
      ['NaN', false],
      ['[object Object]', false],
    ].map(([value, agreed]) => ({
      name: `${JSON.stringify(value)} is ${String(agreed)}`,
      fields: consent(value),
      payload: { customerId: ID, isAgreedToReceiveMarketingMail: agreed },
    })),
    ...['truee', 'ja', 'nope', '-1', 'true false'].map((text) => ({
      name: `${JSON.stringify(text)} blocks the call`,
      fields: consent(text),
      payload: null,
      issues: [['invalid-consent', 'isAgreedToReceiveMarketingMail']],
    })),
    ...[
      ['a list', [true]],
      ['Infinity', Number.POSITIVE_INFINITY],
    ].map(([what, value]) => ({
      name: `${what} as consent blocks the call`,
      fields: consent(value),
      payload: null,
      issues: [['not-text', 'isAgreedToReceiveMarketingMail']],
    })),
  ]);
});

describe('values that throw when read, more forms', () => {
  table([
    {
      name: 'a Proxy whose get trap throws is an issue for customData',
      fields: {
        customerId: ID,
        customData: new Proxy(
          { tier: 'gold' },
          {
            get() {
              throw new Error('trap');
            },
          },
        ),
      },
      payload: { customerId: ID },
      issues: [['wrong-shape', 'customData']],
    },
    {
      name: 'Infinity in every field and pair but the ID leaves each out',
      fields: {
        customerId: ID,
        phone: Number.POSITIVE_INFINITY,
        defaultStockId: Number.POSITIVE_INFINITY,
        customData: { visits: Number.POSITIVE_INFINITY, tier: 'gold' },
        softLinks: [{ name: 'crm', value: Number.POSITIVE_INFINITY }],
      },
      payload: { customerId: ID, customData: { tier: 'gold' } },
      issues: [
        ['not-text', 'phone'],
        ['not-text', 'customData'],
        ['not-text', 'defaultStockId'],
        ['not-text', 'softLinks'],
      ],
    },
  ]);
});
