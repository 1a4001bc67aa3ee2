// `rr-customer/core` imported by its name, as a store's server code imports it: the package
// resolves itself through package.json `exports`, so this proves the subpath is declared and
// built (run after `npm run build`), and that its verdicts carry issue codes.
import assert from 'node:assert/strict';
import { test } from 'node:test';

// By a variable, so that type-checking, which runs before the build, does not look for it;
// the types are the sources'.
const specifier = 'rr-customer/core';
/** @type {typeof import('../../src/core/index.js')} */
const { checkCustomer, readCustomer } = await import(specifier);

test('rr-customer/core, by name, gives each issue its code and field', () => {
  const result = checkCustomer(
    readCustomer(
      { customerId: 'guest', email: 'not-an-email', phone: '+7.111.222.33.44' },
      [{ name: 'mail', value: 'a@b.co' }],
      [],
    ),
  );
  assert.equal(result.sent, false);
  assert.equal(result.payload, undefined);
  assert.deepEqual(
    result.issues.map(({ code, field }) => [code, field]),
    [
      ['guest-id', 'customerId'],
      ['invalid-email', 'email'],
      ['email-soft-link', 'softLinks'],
    ],
  );
});

test('rr-customer/core, by name, sends a valid customer with no issues', () => {
  const result = checkCustomer(readCustomer({ customerId: 42, email: 'anna@пример.рф' }, [], []));
  assert.deepEqual(result, { payload: { customerId: '42', email: 'anna@пример.рф' }, issues: [], sent: true });
});
