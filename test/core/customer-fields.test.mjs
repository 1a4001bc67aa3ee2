// customer-fields.ts as tables: the one field table, and what each field's schema answers for
// one value already read as text, as the code and the message composed from it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

// Built by `npm run build` before the Node tests run; a variable, so that type-checking,
// which runs before the build, does not look for it.
/** @param {string} file */
const built = (file) => new URL(`../../dist/lib/${file}`, import.meta.url).href;
/** @type {typeof import('../../src/core/customer-fields.js')} */
const { CUSTOMER_FIELDS, CUSTOMER_ATTRIBUTES, problemWith, TEXT_MAX_LENGTH, EMAIL_MAX_LENGTH, REGION_MAX_LENGTH } =
  await import(built('core/customer-fields.js'));
/** @type {typeof import('../../src/core/contact-rules.js')} */
const { isEmail } = await import(built('core/contact-rules.js'));

/** @param {string} name */
const field = (name) => {
  const found = CUSTOMER_FIELDS.find((entry) => entry.name === name);
  assert.ok(found, name);
  return /** @type {any} */ (found);
};

/**
 * A field's schema against one value: `undefined` when it passes, else the code it answers.
 * @param {string} name
 * @param {unknown} value
 */
const verdict = (name, value) => {
  const { schema, max } = field(name);
  return problemWith(schema, value, name, max);
};

describe('the field table', () => {
  test("Retail Rocket's seven parameters, in its documentation's key order", () =>
    assert.deepEqual(
      CUSTOMER_FIELDS.map((entry) => entry.name),
      ['customerId', 'email', 'phone', 'customData', 'defaultStockId', 'softLinks', 'isAgreedToReceiveMarketingMail'],
    ));
  test('the limits', () => {
    assert.equal(TEXT_MAX_LENGTH, 1000);
    assert.equal(EMAIL_MAX_LENGTH, 254);
    assert.equal(REGION_MAX_LENGTH, 50);
    assert.deepEqual(
      CUSTOMER_FIELDS.map((entry) => ('max' in entry ? entry.max : null)),
      [1000, 254, 32, null, 50, null, 1000],
    );
  });
  test('only the customer ID and consent block the call', () =>
    assert.deepEqual(
      CUSTOMER_FIELDS.filter((entry) => 'blocks' in entry && entry.blocks).map((entry) => entry.name),
      ['customerId', 'isAgreedToReceiveMarketingMail'],
    ));
  test('the two lists and what one pair is called', () =>
    assert.deepEqual(
      CUSTOMER_FIELDS.flatMap((entry) => ('pair' in entry ? [[entry.name, entry.pair]] : [])),
      [
        ['customData', 'custom data'],
        ['softLinks', 'soft link'],
      ],
    ));
  test("the element's attributes, each with its field", () =>
    assert.deepEqual(CUSTOMER_ATTRIBUTES, {
      'customer-id': 'customerId',
      email: 'email',
      phone: 'phone',
      'default-stock-id': 'defaultStockId',
      'is-agreed-to-receive-marketing-mail': 'isAgreedToReceiveMarketingMail',
    }));
});

// One message per code: composed from the code, the field's name and its limit, never the value.
const MESSAGES = {
  'too-long': (/** @type {string} */ what, /** @type {number} */ max) => `${what} must have at most ${max} characters`,
  'template-tag': (/** @type {string} */ what) => `${what} holds a template tag that was never filled in`,
  'guest-id': (/** @type {string} */ what) =>
    `${what} is a placeholder that identifies no one (a guest's or an empty ID)`,
  'invalid-email': (/** @type {string} */ what) => `${what} must be a valid email address`,
  'email-soft-link': (/** @type {string} */ what) =>
    `${what} is an email address, which Retail Rocket does not take as a soft link`,
  'invalid-phone': (/** @type {string} */ what) =>
    `${what} must have 7 to 15 digits, written as in E.164 or in one of Retail Rocket's formats`,
  'invalid-consent': (/** @type {string} */ what) => `${what} must be true, false, 1, 0, yes, no, y, n, on or off`,
};

/**
 * @param {keyof typeof MESSAGES} code
 * @param {string} what
 * @param {number} [max]
 */
const problem = (code, what, max = 1000) => ({ code, message: MESSAGES[code](what, max) });

/**
 * Rows of one field: each value with the code its schema answers, or `undefined` for valid.
 * @param {string} name
 * @param {[unknown, (keyof typeof MESSAGES)?][]} rows
 */
function rowsOf(name, rows) {
  for (const [value, code] of rows) {
    const shown = typeof value === 'string' && value.length > 80 ? `${value.length} characters` : String(value);
    test(`${JSON.stringify(shown)}: ${code ?? 'valid'}`, () =>
      assert.deepEqual(verdict(name, value), code && problem(code, name, field(name).max)));
  }
}

describe('one message per code, quoting no value', () => {
  test('too-long', () =>
    assert.deepEqual(verdict('defaultStockId', 'x'.repeat(51)), problem('too-long', 'defaultStockId', 50)));
  test('template-tag', () => assert.deepEqual(verdict('email', '{{ email }}'), problem('template-tag', 'email')));
  test('guest-id', () => assert.deepEqual(verdict('customerId', 'guest'), problem('guest-id', 'customerId')));
  test('invalid-email', () => assert.deepEqual(verdict('email', 'anna'), problem('invalid-email', 'email')));
  test('email-soft-link', () =>
    assert.deepEqual(
      problemWith(field('softLinks').pairValue, 'anna@example.com', 'each soft link value'),
      problem('email-soft-link', 'each soft link value'),
    ));
  test('invalid-phone', () => assert.deepEqual(verdict('phone', '12-34'), problem('invalid-phone', 'phone')));
  test('invalid-consent', () =>
    assert.deepEqual(
      verdict('isAgreedToReceiveMarketingMail', 'maybe'),
      problem('invalid-consent', 'isAgreedToReceiveMarketingMail'),
    ));
  test('the exact wording of each', () => {
    assert.equal(problem('too-long', 'email', 254).message, 'email must have at most 254 characters');
    assert.equal(
      problem('invalid-consent', 'isAgreedToReceiveMarketingMail').message,
      'isAgreedToReceiveMarketingMail must be true, false, 1, 0, yes, no, y, n, on or off',
    );
  });
});

describe('checks in order: the length first, then template tags, then the rule', () => {
  test('a giant invalid email is too long', () =>
    assert.deepEqual(verdict('email', `{{${'x'.repeat(300)}}}`), problem('too-long', 'email', 254)));
  test('a template tag in a guest word is a template tag', () =>
    assert.deepEqual(verdict('customerId', '{{ 0 }}'), problem('template-tag', 'customerId')));
  test('a soft link value that is a guest ID is a guest ID before an email', () =>
    assert.deepEqual(
      problemWith(field('softLinks').pairValue, 'guest', 'each soft link value'),
      problem('guest-id', 'each soft link value'),
    ));
  test('a value too long ends the run: no later check reads it, so the schema reports one issue', () => {
    const giant = `{{ ${'a'.repeat(2000)} }}@`;
    for (const entry of CUSTOMER_FIELDS) {
      if (entry.name === 'isAgreedToReceiveMarketingMail') continue;
      const schemas = 'pair' in entry ? [entry.pairName, entry.pairValue] : [entry.schema];
      for (const schema of schemas) {
        const result = /** @type {{ issues?: { message: string }[] }} */ (schema['~standard'].validate(giant));
        assert.deepEqual(
          result.issues?.map((issue) => issue.message),
          ['too-long'],
          entry.name,
        );
      }
    }
  });
});

describe('customerId', () => {
  rowsOf('customerId', [
    ['customer-17', undefined],
    ['0', 'guest-id'],
    ['Anonymous', 'guest-id'],
    ['00000000-0000-0000-0000-000000000000', 'guest-id'],
    ['x'.repeat(1000), undefined],
    ['x'.repeat(1001), 'too-long'],
    ['😀'.repeat(1000), undefined],
    ['<?= $id ?>', 'template-tag'],
  ]);
});

describe('email: as <input type=email> judges it, the domain converted to ASCII as browsers do', () => {
  const label63 = 'a'.repeat(63);
  rowsOf('email', [
    ['anna@example.com', undefined],
    ['first.last+tag@mail.example.co.uk', undefined],
    ["o'brien!#$%&*/=?^`{|}~-@example.ie", undefined],
    ['ANNA@EXAMPLE.COM', undefined],
    ['anna@localhost', undefined],
    ['anna@x.com', undefined],
    ['anna@mail.x.com', undefined],
    ['anna@123.com', undefined],
    ['anna@a1b.com', undefined],
    ['anna@ab1.com', undefined],
    ['anna@mail.1example.com', undefined],
    ['anna@mail.a1b.com', undefined],
    ['anna@mail.ab1', undefined],
    ['anna@shop-24.example.com', undefined],
    [`anna@${label63}.com`, undefined],
    [`anna@mail.${label63}`, undefined],
    [`anna@${label63}a.com`, 'invalid-email'],
    [`anna@mail.${label63}a`, 'invalid-email'],
    ['anna', 'invalid-email'],
    ['example.com', 'invalid-email'],
    ['@example.com', 'invalid-email'],
    ['anna@', 'invalid-email'],
    ['anna@@example.com', 'invalid-email'],
    ['an na@example.com', 'invalid-email'],
    ['anna@example.com!', 'invalid-email'],
    ['anna@example.com/x', 'invalid-email'],
    ['anna@example.com:25', 'invalid-email'],
    ['anna@-example.com', 'invalid-email'],
    ['someone@do-.com', 'invalid-email'],
    ['anna@ex_ample.com', 'invalid-email'],
    ['anna@example_.com', 'invalid-email'],
    ['anna@_example.com', 'invalid-email'],
    ['anna@example..com', 'invalid-email'],
    ['anna@example.com.', 'invalid-email'],
    ['anna@mail.-example.com', 'invalid-email'],
    ['anna@mail.example-.com', 'invalid-email'],
    ['anna@mail._x.com', 'invalid-email'],
    ['anna@mail.x_.com', 'invalid-email'],
    ['anna@mail.x_y.com', 'invalid-email'],
    // International domains, through the URL host parser's IDNA.
    ['anna@пример.рф', undefined],
    ['anna@xn--e1afmkfd.xn--p1ai', undefined],
    ['anna@почта', undefined],
    ['anna@shop.рф', undefined],
    ['anna@рф.com', undefined],
    ['anna@24почта.ru', undefined],
    ['anna@почта24.ru', undefined],
    ['anna@ПРИМЕР.РФ', undefined],
    ['анна@пример.рф', 'invalid-email'],
    // No @: the text is no address, even when it would pass for an international domain.
    ['anna.ф', 'invalid-email'],
    ['anna@пример..рф', 'invalid-email'],
    // Invalid punycode: the URL parser refuses the host.
    ['anna@xn--a.рф', 'invalid-email'],
    // What the URL parser would read as a path, a port or a query, and drop from the host.
    ['anna@пример.рф/x', 'invalid-email'],
    ['anna@пример.рф:25', 'invalid-email'],
    ['anna@пример.рф?x', 'invalid-email'],
    ['anna@shop/пример.рф', 'invalid-email'],
    ['anna@x/y.рф', 'invalid-email'],
    ['anna@пример%2eрф', 'invalid-email'],
    [`${'a'.repeat(242)}@example.com`, undefined],
    [`${'a'.repeat(243)}@example.com`, 'too-long'],
    ['{{ customer.email }}', 'template-tag'],
  ]);
});

describe('phone: 7 to 15 digits in E.164 or one of Retail Rocket formats', () => {
  rowsOf('phone', [
    ['+79112223344', undefined],
    ['79112223344', undefined],
    ['+7 (911) 222-33-44', undefined],
    ['+7(911)2223344', undefined],
    ['+7 (911)2223344', undefined],
    ['+7(911) 2223344', undefined],
    ['8 911 222 33 44', undefined],
    ['911.222.3344', undefined],
    ['+1-202-555-0143', undefined],
    ['1234567', undefined],
    ['123456789012345', undefined],
    ['+1 (234) 5-6-7-8-9-0-1-2-3-4-5', undefined],
    ['123456', 'invalid-phone'],
    ['1234567890123456', 'invalid-phone'],
    ['+1 (234) 5-6-7-8-9-0-1-2-3-4-5-6', 'invalid-phone'],
    ['x79112223344', 'invalid-phone'],
    ['79112223344x', 'invalid-phone'],
    ['++79112223344', 'invalid-phone'],
    ['7+9112223344', 'invalid-phone'],
    ['(911) 222-33-44', 'invalid-phone'],
    ['+7 (911) (222) 3344', 'invalid-phone'],
    ['+7  911 222 3344', 'invalid-phone'],
    ['+7 911 222 3344-', 'invalid-phone'],
    ['+7 -911 222 3344', 'invalid-phone'],
    ['+7_911_222_3344', 'invalid-phone'],
    ['+7 (911 222 3344', 'invalid-phone'],
    ['+7 ()911 222 3344', 'invalid-phone'],
    ['+7 (911) 222-33-44 ', 'invalid-phone'],
    ['1'.repeat(33), 'too-long'],
    ['{{ phone }}', 'template-tag'],
  ]);
});

describe('defaultStockId', () => {
  rowsOf('defaultStockId', [
    ['north-1', undefined],
    ['x'.repeat(50), undefined],
    ['😀'.repeat(50), undefined],
    ['x'.repeat(51), 'too-long'],
    ['{% stock %}', 'template-tag'],
  ]);
});

describe('isAgreedToReceiveMarketingMail: only a boolean is consent read', () => {
  rowsOf('isAgreedToReceiveMarketingMail', [
    [true, undefined],
    [false, undefined],
    ['maybe', 'invalid-consent'],
    ['true', 'invalid-consent'],
  ]);
});

describe('pairs', () => {
  /**
   * @param {string} list
   * @param {'pairName' | 'pairValue'} part
   * @param {[unknown, (keyof typeof MESSAGES)?][]} rows
   */
  function pairRows(list, part, rows) {
    const what = `each ${field(list).pair} ${part === 'pairName' ? 'name' : 'value'}`;
    for (const [value, code] of rows) {
      test(`${what} ${JSON.stringify(String(value).slice(0, 40))}: ${code ?? 'valid'}`, () =>
        assert.deepEqual(problemWith(field(list)[part], value, what), code && problem(code, what)));
    }
  }
  pairRows('customData', 'pairName', [
    ['tier', undefined],
    ['x'.repeat(1000), undefined],
    ['x'.repeat(1001), 'too-long'],
    ['{{ key }}', 'template-tag'],
    ['guest', undefined],
  ]);
  pairRows('customData', 'pairValue', [
    ['gold', undefined],
    ['guest', undefined],
    ['0', undefined],
    ['anna@example.com', undefined],
    ['x'.repeat(1001), 'too-long'],
    ['<% tier %>', 'template-tag'],
  ]);
  pairRows('softLinks', 'pairName', [
    ['card', undefined],
    ['x'.repeat(1001), 'too-long'],
    ['${card}', 'template-tag'],
  ]);
  pairRows('softLinks', 'pairValue', [
    ['card-1234', undefined],
    ['anna@example', 'email-soft-link'],
    ['anna@example.com', 'email-soft-link'],
    ['anna@пример.рф', 'email-soft-link'],
    ['anna at example.com', undefined],
    ['0', 'guest-id'],
    ['Guest', 'guest-id'],
    ['x'.repeat(1001), 'too-long'],
    ['{$card}', 'template-tag'],
  ]);
});

describe('the email rule the fields share answers a boolean', () => {
  /** @type {[string, boolean][]} */
  const rows = [
    ['anna@example.com', true],
    ['anna@пример.рф', true],
    ['anna', false],
    ['anna@example.com/x', false],
    // A host the URL parser refuses: no exception, and no answer other than false.
    ['anna@xn--a.рф', false],
  ];
  for (const [text, expected] of rows) {
    test(`${JSON.stringify(text)}: ${expected}`, () => assert.equal(isEmail(text), expected));
  }
});
