// canonical-json.ts: JSON with sorted keys, so that two payloads compare equal exactly when
// they hold the same data, in whatever order it came.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

// Built by `npm run build` before the Node tests run; a variable, so that type-checking,
// which runs before the build, does not look for it.
/** @param {string} file */
const built = (file) => new URL(`../../dist/lib/${file}`, import.meta.url).href;
/** @type {typeof import('../../src/core/canonical-json.js')} */
const { canonicalJson } = await import(built('core/canonical-json.js'));

describe('canonicalJson', () => {
  /** @type {[string, unknown, string][]} */
  const rows = [
    ['text', 'a"b', '"a\\"b"'],
    ['a boolean', true, 'true'],
    ['a number', 1.5, '1.5'],
    ['null', null, 'null'],
    ['undefined, as JSON.stringify leaves it', undefined, 'undefined'],
    ['an empty list', [], '[]'],
    ['an empty object', {}, '{}'],
    ['a list keeps its order', ['b', 'a', 1], '["b","a",1]'],
    ['an object, its keys sorted', { b: 1, a: 2, c: 3 }, '{"a":2,"b":1,"c":3}'],
    ['keys are quoted as JSON', { 'x"y': 1 }, '{"x\\"y":1}'],
    [
      'nested lists and objects, each sorted',
      { softLinks: [{ value: '1', name: 'card' }], customData: { z: 'x', a: null }, customerId: '17' },
      '{"customData":{"a":null,"z":"x"},"customerId":"17","softLinks":[{"name":"card","value":"1"}]}',
    ],
  ];
  for (const [name, data, json] of rows) {
    test(name, () => assert.equal(canonicalJson(data), json));
  }
  test('the same data in another key order is the same text', () =>
    assert.equal(canonicalJson({ a: { y: 1, x: [2] }, b: true }), canonicalJson({ b: true, a: { x: [2], y: 1 } })));
  test('a parsed round trip is the data', () => {
    const data = { email: 'anna@example.com', customData: { b: 'x', a: 'y' }, isAgreed: false };
    assert.deepEqual(JSON.parse(canonicalJson(data)), data);
  });
});
