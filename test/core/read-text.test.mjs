// read-text.ts as tables: how one raw value becomes text, consent, or an Unreadable that says
// why, and the kind words its messages use in place of the value.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

// Built by `npm run build` before the Node tests run; a variable, so that type-checking,
// which runs before the build, does not look for it.
/** @param {string} file */
const built = (file) => new URL(`../../dist/lib/${file}`, import.meta.url).href;
/** @type {typeof import('../../src/core/read-text.js')} */
const { readText, readConsent, readSource, kindOf, isUnreadable, CONSENT_WORDS } = await import(
  built('core/read-text.js')
);

/** @param {string} unreadable */
const notText = (unreadable) => ({ code: 'not-text', unreadable });

describe('readText', () => {
  /** @type {[string, unknown, unknown][]} */
  const rows = [
    ['undefined is not given', undefined, undefined],
    ['null is not given', null, undefined],
    ['NaN is not given', Number.NaN, undefined],
    ['empty text is not given', '', undefined],
    ['blank text is not given', ' \t\n ', undefined],
    ...['undefined', 'NULL', 'None', 'nil', 'NaN', '[object Object]', '<no value>', '<NIL>', '  null  '].map(
      (text) =>
        /** @type {[string, unknown, unknown]} */ ([`${JSON.stringify(text)} is a placeholder`, text, undefined]),
    ),
    ['a placeholder inside longer text is text', 'none-north', 'none-north'],
    ['a placeholder as a prefix of 16 characters is text', 'undefined-tier-7', 'undefined-tier-7'],
    ['text is trimmed', '  gold \n', 'gold'],
    ['an integer is its decimal text', 42, '42'],
    ['zero is its decimal text', 0, '0'],
    ['a negative fraction is its decimal text', -1.5, '-1.5'],
    ['Infinity is not finite', Number.POSITIVE_INFINITY, notText('email must be finite')],
    ['-Infinity is not finite', Number.NEGATIVE_INFINITY, notText('email must be finite')],
    ['a boolean is no text', true, notText('email must be text, not true or false')],
    ['an object is no text', {}, notText('email must be text, not an object')],
    ['a list is no text', ['a'], notText('email must be text, not an object')],
    ['a String object is no text', new String('a'), notText('email must be text, not an object')],
    ['a function is no text', () => 'a', notText('email must be text, not a function')],
    ['a symbol is no text', Symbol('a'), notText('email must be text, not a symbol')],
    ['a bigint is no text', 10n, notText('email must be text, not a bigint')],
  ];
  for (const [name, value, expected] of rows) {
    test(name, () => assert.deepEqual(readText(value, 'email'), expected));
  }
});

describe('kindOf names the kind, never the value', () => {
  /** @type {[unknown, string][]} */
  const rows = [
    [undefined, 'undefined'],
    [null, 'null'],
    ['secret', 'text'],
    [17, 'a number'],
    [false, 'true or false'],
    [17n, 'a bigint'],
    [Symbol('secret'), 'a symbol'],
    [() => 'secret', 'a function'],
    [{ secret: 1 }, 'an object'],
  ];
  for (const [value, kind] of rows) {
    test(`${kind}`, () => assert.equal(kindOf(value), kind));
  }
});

describe('isUnreadable', () => {
  /** @type {[string, unknown, boolean][]} */
  const rows = [
    ['an Unreadable', notText('email must be finite'), true],
    ['any object with an unreadable key', { unreadable: undefined }, true],
    ['text', 'unreadable', false],
    ['null', null, false],
    ['undefined', undefined, false],
    ['a pair', { name: 'card', value: '1' }, false],
  ];
  for (const [name, value, expected] of rows) {
    test(`${name}: ${expected}`, () => assert.equal(isUnreadable(value), expected));
  }
});

describe('readConsent', () => {
  test('the consent words, each beside its refusal', () =>
    assert.deepEqual(CONSENT_WORDS, [
      ['true', 'false'],
      ['1', '0'],
      ['yes', 'no'],
      ['y', 'n'],
      ['on', 'off'],
    ]));
  /** @type {[string, unknown, unknown][]} */
  const rows = [
    ['absent leaves the key out', undefined, undefined],
    ['null leaves the key out', null, undefined],
    ['true is itself', true, true],
    ['false is itself', false, false],
    ['empty text is false', '', false],
    ['a placeholder is false', 'None', false],
    ...CONSENT_WORDS.flatMap(
      ([yes, no]) =>
        /** @type {[string, unknown, unknown][]} */ ([
          [`${yes} is true`, yes, true],
          [`${yes.toUpperCase()} is true`, yes.toUpperCase(), true],
          [`${no} is false`, no, false],
          [`${no.toUpperCase()} is false`, ` ${no.toUpperCase()} `, false],
        ]),
    ),
    ['the number 1 is true', 1, true],
    ['the number 0 is false', 0, false],
    ['other text is kept for the schema to refuse', 'okay', 'okay'],
    ['a word that ends like a refusal is no refusal', 'lesson', 'lesson'],
    ['a word that starts like a refusal is no refusal', 'nope', 'nope'],
    ['a word that starts like consent is no consent', 'yess', 'yess'],
    ['a number that is no consent word is kept as text', 2, '2'],
    ['an object is no text', {}, notText('isAgreedToReceiveMarketingMail must be text, not an object')],
    ['Infinity is not finite', Number.POSITIVE_INFINITY, notText('isAgreedToReceiveMarketingMail must be finite')],
  ];
  for (const [name, value, expected] of rows) {
    test(name, () => assert.deepEqual(readConsent(value), expected));
  }
});

describe('readSource', () => {
  /** @type {[string, unknown, string | undefined][]} */
  const rows = [
    ['a path is the source', '/account/rr-customer.json', '/account/rr-customer.json'],
    ['trimmed', '  /account/rr-customer.json\n', '/account/rr-customer.json'],
    ['absent is no source', undefined, undefined],
    ['null, as getAttribute gives for no attribute, is no source', null, undefined],
    ['empty is no source', '', undefined],
    ['blank is no source', ' \t ', undefined],
    ['a URL object is its text', new URL('https://shop.example/me.json'), 'https://shop.example/me.json'],
  ];
  for (const [name, value, expected] of rows) {
    test(name, () => assert.equal(readSource(value), expected));
  }
});
