// identity-rules.ts as tables: the IDs that name every unknown visitor, and the template tags
// left unfilled, each engine's opening with and without its closer.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

// Built by `npm run build` before the Node tests run; a variable, so that type-checking,
// which runs before the build, does not look for it.
/** @param {string} file */
const built = (file) => new URL(`../../dist/lib/${file}`, import.meta.url).href;
/** @type {typeof import('../../src/core/identity-rules.js')} */
const { identifiesNoOne, hasTemplateTag } = await import(built('core/identity-rules.js'));

describe('identifiesNoOne', () => {
  const guests = ['0', '-1', 'anonymous', 'anon', 'guest', 'unknown', 'n/a', 'true', 'false', '[]', '{}'];
  const zeroUuid = '00000000-0000-0000-0000-000000000000';
  /** @type {[string, boolean][]} */
  const rows = [
    ...guests.map((text) => /** @type {[string, boolean]} */ ([text, true])),
    ...guests.map((text) => /** @type {[string, boolean]} */ ([text.toUpperCase(), true])),
    ['Guest', true],
    [zeroUuid, true],
    ['00000000-0000-0000-0000-000000000001', false],
    ['0'.repeat(37), false],
    ['00', false],
    ['1', false],
    ['guest-17', false],
    ['anonymous user', false],
    ['customer-17', false],
    ['[1]', false],
  ];
  for (const [text, expected] of rows) {
    test(`${JSON.stringify(text)}: ${expected}`, () => assert.equal(identifiesNoOne(text), expected));
  }
});

describe('hasTemplateTag', () => {
  const tags = [
    ['{{', '}}'],
    ['{%', '%}'],
    ['<?', '?>'],
    ['<%', '%>'],
    ['${', '}'],
    ['{$', '}'],
  ];
  /** @type {[string, boolean][]} */
  const rows = tags.flatMap(([open, close]) => [
    [`${open} customer.id ${close}`, true],
    [`id-${open}${close}-7`, true],
    [`${open} customer.id`, false],
    [`customer.id ${close}`, false],
    [`${close} between ${open}`, false],
  ]);
  rows.push(
    // A closer that overlaps its opening is not after it.
    ['<?>', false],
    ['{%}', false],
    ['<%>', false],
    ['{{}', false],
    ['a{b}c', false],
    ['customer-17', false],
    ['', false],
  );
  for (const [text, expected] of rows) {
    test(`${JSON.stringify(text)}: ${expected}`, () => assert.equal(hasTemplateTag(text), expected));
  }
});
