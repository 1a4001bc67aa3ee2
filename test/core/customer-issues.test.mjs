// The issues checkCustomer answers, each asserted whole: its code, the field it names and the
// message, which is composed from the code and never quotes the value (it reaches the console).
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

const ID = 'customer-17';

/**
 * @typedef {import('../../src/core/customer-issue.js').CustomerIssue} Issue
 * One row: the input, every issue it must give, whether the call goes out, and with what: the
 * payload is the valid rest, by default the customer ID alone.
 * @typedef {{ name: string, fields: Record<string, unknown>, softLinks?: any[], customData?: any[], issues: Issue[], sent?: boolean, payload?: Record<string, unknown> }} Row
 */

/**
 * Every text a row hands over, to be found in no message (what throws when read hands over none).
 * @param {unknown} value
 * @returns {string[]}
 */
function textsIn(value) {
  if (typeof value === 'string') return [value.trim()];
  if (!value || typeof value !== 'object') return [];
  try {
    return Object.values(value).flatMap(textsIn);
  } catch {
    return [];
  }
}

/** @param {Row[]} rows */
function table(rows) {
  for (const row of rows) {
    test(row.name, () => {
      const result = checkCustomer(readCustomer(row.fields, row.softLinks ?? [], row.customData ?? []));
      assert.deepEqual(result.issues, row.issues);
      assert.equal(result.sent, row.sent ?? true, 'sent');
      const payload = (row.sent ?? true) ? (row.payload ?? { customerId: ID }) : undefined;
      assert.deepEqual(result.payload, payload, 'the payload is the valid rest');
      assert.deepEqual(Object.keys(result.payload ?? {}), Object.keys(payload ?? {}), 'in the table order');
      const values = textsIn([row.fields, row.softLinks, row.customData]).filter((text) => text.length > 3);
      for (const issue of result.issues)
        for (const text of values) assert.ok(!issue.message.includes(text), `${issue.code} quotes a value`);
    });
  }
}

describe('the blocking fields', () => {
  table([
    {
      name: 'required: no customer ID',
      fields: { email: 'anna@example.com' },
      issues: [{ code: 'required', field: 'customerId', message: 'customerId is required' }],
      sent: false,
    },
    {
      name: 'required: a placeholder customer ID is none',
      fields: { customerId: 'None' },
      issues: [{ code: 'required', field: 'customerId', message: 'customerId is required' }],
      sent: false,
    },
    {
      name: 'guest-id',
      fields: { customerId: 'Guest' },
      issues: [
        {
          code: 'guest-id',
          field: 'customerId',
          message: "customerId is a placeholder that identifies no one (a guest's or an empty ID)",
        },
      ],
      sent: false,
    },
    {
      name: 'not-text: an infinite customer ID',
      fields: { customerId: Number.POSITIVE_INFINITY },
      issues: [{ code: 'not-text', field: 'customerId', message: 'customerId must be finite' }],
      sent: false,
    },
    {
      name: 'invalid-consent',
      fields: { customerId: ID, isAgreedToReceiveMarketingMail: 'perhaps' },
      issues: [
        {
          code: 'invalid-consent',
          field: 'isAgreedToReceiveMarketingMail',
          message: 'isAgreedToReceiveMarketingMail must be true, false, 1, 0, yes, no, y, n, on or off',
        },
      ],
      sent: false,
    },
    {
      name: 'not-text: consent that is no text',
      fields: { customerId: ID, isAgreedToReceiveMarketingMail: {} },
      issues: [
        {
          code: 'not-text',
          field: 'isAgreedToReceiveMarketingMail',
          message: 'isAgreedToReceiveMarketingMail must be text, not an object',
        },
      ],
      sent: false,
    },
  ]);
});

describe('the optional fields', () => {
  table([
    {
      name: 'invalid-email',
      fields: { customerId: ID, email: 'anna.example.com', isAgreedToReceiveMarketingMail: 'yes' },
      payload: { customerId: ID, isAgreedToReceiveMarketingMail: true },
      issues: [{ code: 'invalid-email', field: 'email', message: 'email must be a valid email address' }],
    },
    {
      name: 'invalid-phone',
      fields: { customerId: ID, email: 'anna@example.com', phone: '12-34-56', defaultStockId: 'north-1' },
      payload: { customerId: ID, email: 'anna@example.com', defaultStockId: 'north-1' },
      issues: [
        {
          code: 'invalid-phone',
          field: 'phone',
          message: "phone must have 7 to 15 digits, written as in E.164 or in one of Retail Rocket's formats",
        },
      ],
    },
    {
      name: 'too-long, with the field limit',
      fields: { customerId: ID, defaultStockId: 'north'.repeat(11) },
      issues: [
        { code: 'too-long', field: 'defaultStockId', message: 'defaultStockId must have at most 50 characters' },
      ],
    },
    {
      name: 'template-tag',
      fields: { customerId: ID, email: '{{ customer.email }}' },
      issues: [
        { code: 'template-tag', field: 'email', message: 'email holds a template tag that was never filled in' },
      ],
    },
    {
      name: 'not-text: an object as the email',
      fields: { customerId: ID, email: { address: 'anna@example.com' } },
      issues: [{ code: 'not-text', field: 'email', message: 'email must be text, not an object' }],
    },
    {
      name: 'every bad field, in the table order',
      fields: { customerId: ID, phone: '1', email: 'x', defaultStockId: '<?= $stock ?>' },
      issues: [
        { code: 'invalid-email', field: 'email', message: 'email must be a valid email address' },
        {
          code: 'invalid-phone',
          field: 'phone',
          message: "phone must have 7 to 15 digits, written as in E.164 or in one of Retail Rocket's formats",
        },
        {
          code: 'template-tag',
          field: 'defaultStockId',
          message: 'defaultStockId holds a template tag that was never filled in',
        },
      ],
    },
  ]);
});

describe('the pairs', () => {
  table([
    {
      name: 'wrong-shape: the property',
      fields: { customerId: ID, softLinks: 'card-1' },
      issues: [
        {
          code: 'wrong-shape',
          field: 'softLinks',
          message: 'softLinks must be a list of { name, value } objects, not text',
        },
      ],
    },
    {
      name: 'wrong-shape: an entry',
      fields: { customerId: ID, softLinks: [{ name: 'card', value: '1' }, null, { name: 'club', value: '2' }] },
      payload: {
        customerId: ID,
        softLinks: [
          { name: 'card', value: '1' },
          { name: 'club', value: '2' },
        ],
      },
      issues: [
        {
          code: 'wrong-shape',
          field: 'softLinks',
          message: 'each soft link must be a { name, value } object, not null',
        },
      ],
    },
    {
      name: 'wrong-shape: customData of another kind',
      fields: { customerId: ID, customData: new Map() },
      issues: [
        {
          code: 'wrong-shape',
          field: 'customData',
          message: 'customData must be a plain object of names to values, not an object of another kind',
        },
      ],
    },
    {
      name: 'pair-without-name: a soft link',
      fields: { customerId: ID, softLinks: [{ value: 'card-1' }] },
      issues: [{ code: 'pair-without-name', field: 'softLinks', message: 'each soft link with a value needs a name' }],
    },
    {
      name: 'pair-without-name: a custom data child',
      fields: { customerId: ID },
      customData: [{ name: undefined, value: 'gold' }],
      issues: [
        { code: 'pair-without-name', field: 'customData', message: 'each custom data with a value needs a name' },
      ],
    },
    {
      name: 'pair-without-name: a nameless property entry and a nameless child are two issues',
      fields: { customerId: ID, softLinks: [{ value: 'card-1' }] },
      softLinks: [{ name: undefined, value: 'card-2' }],
      issues: [
        { code: 'pair-without-name', field: 'softLinks', message: 'each soft link with a value needs a name' },
        { code: 'pair-without-name', field: 'softLinks', message: 'each soft link with a value needs a name' },
      ],
    },
    {
      name: 'not-text: a pair name',
      fields: { customerId: ID, softLinks: [{ name: 7n, value: 'card-1' }] },
      issues: [{ code: 'not-text', field: 'softLinks', message: 'each soft link name must be text, not a bigint' }],
    },
    {
      name: 'not-text: a pair value',
      fields: { customerId: ID, customData: { tier: ['gold'], rank: '2', club: 'north' } },
      payload: { customerId: ID, customData: { rank: '2', club: 'north' } },
      issues: [
        { code: 'not-text', field: 'customData', message: 'each custom data value must be text, not an object' },
      ],
    },
    {
      name: 'template-tag: a pair name, before its value',
      fields: { customerId: ID, softLinks: [{ name: '{{ link }}', value: '{{ value }}' }] },
      issues: [
        {
          code: 'template-tag',
          field: 'softLinks',
          message: 'each soft link name holds a template tag that was never filled in',
        },
      ],
    },
    {
      name: 'too-long: a pair value',
      fields: { customerId: ID, customData: { tier: 'g'.repeat(1001) } },
      issues: [
        { code: 'too-long', field: 'customData', message: 'each custom data value must have at most 1000 characters' },
      ],
    },
    {
      name: 'guest-id: a soft link value',
      fields: { customerId: ID, softLinks: [{ name: 'card', value: 'anonymous' }] },
      issues: [
        {
          code: 'guest-id',
          field: 'softLinks',
          message: "each soft link value is a placeholder that identifies no one (a guest's or an empty ID)",
        },
      ],
    },
    {
      name: 'email-soft-link',
      fields: { customerId: ID, softLinks: [{ name: 'contact', value: 'anna@example.com' }] },
      issues: [
        {
          code: 'email-soft-link',
          field: 'softLinks',
          message: 'each soft link value is an email address, which Retail Rocket does not take as a soft link',
        },
      ],
    },
    {
      name: 'wrong-shape: a property that throws',
      fields: {
        customerId: ID,
        customData: new Proxy(
          {},
          {
            ownKeys() {
              throw new Error('trap');
            },
          },
        ),
      },
      issues: [{ code: 'wrong-shape', field: 'customData', message: 'customData could not be read: reading it threw' }],
    },
  ]);
});
