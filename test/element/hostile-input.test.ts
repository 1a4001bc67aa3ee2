import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { CustomerInvalidDetail, CustomerPayload, RrCustomerElement } from '../../src/index.js';
import { freshTracker, newCustomerId, recordEvents, settle } from '../support/page.js';
import { captureUncaught } from '../support/uncaught.js';

// What a careless caller or an attacker can hand the element as properties: values whose
// getters or Proxy traps throw, values that JSON cannot tell from plain text, and giant
// values. None may escape as an exception, fool the dedupe, or stall the page.

type Loose = Record<string, unknown>;

/** Runs `steps` on one connected element and records, per step, what it sent and reported. */
async function run(element: RrCustomerElement, steps: (() => void)[]) {
  const sends = recordEvents<CustomerPayload>('rr-customer-send');
  const invalids = recordEvents<CustomerInvalidDetail>('rr-customer-invalid');
  const uncaught = captureUncaught();
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  const perStep: { sends: CustomerPayload[]; invalids: CustomerInvalidDetail[]; warnings: string[] }[] = [];
  try {
    document.body.append(element);
    await settle();
    for (const step of steps) {
      const before = { sends: sends.details.length, invalids: invalids.details.length, warnings: warnings.length };
      step();
      await settle();
      perStep.push({
        sends: sends.details.slice(before.sends),
        invalids: invalids.details.slice(before.invalids),
        warnings: warnings.slice(before.warnings),
      });
    }
  } finally {
    console.warn = warn;
    sends.stop();
    invalids.stop();
    uncaught.stop();
    element.remove();
  }
  return { perStep, uncaught: uncaught.errors };
}

/** A report's issues as `[field, code]`: what listeners match on, rather than the wording. */
const codesOf = (detail: CustomerInvalidDetail | undefined) => detail?.issues.map(({ field, code }) => [field, code]);

describe('values that throw when read', () => {
  // Each way of throwing is test/core's table; one proves the element survives it.
  const cases: [string, () => unknown][] = [
    [
      'a customData object whose getter throws',
      () =>
        Object.defineProperty({}, 'tier', {
          enumerable: true,
          get: () => {
            throw new Error('page secret');
          },
        }),
    ],
  ];
  for (const [name, make] of cases) {
    it(`${name} is an issue for customData, with nothing uncaught, and the rest is sent`, async () => {
      freshTracker();
      const element = document.createElement('rr-customer');
      const customerId = newCustomerId();
      element.customerId = customerId;
      const { perStep, uncaught } = await run(element, [() => ((element as unknown as Loose).customData = make())]);
      expect(uncaught, 'nothing escapes').to.deep.equal([]);
      const [step] = perStep;
      expect(codesOf(step?.invalids[0])).to.deep.equal([['customData', 'wrong-shape']]);
      expect(step?.invalids[0]?.sent).to.equal(true);
      for (const line of step?.warnings ?? []) expect(line).not.to.include('page secret');
      for (const issue of step?.invalids[0]?.issues ?? []) expect(issue.message).not.to.include('page secret');
    });
  }

  it('a soft link entry whose getter throws is an issue for softLinks', async () => {
    freshTracker();
    const element = document.createElement('rr-customer');
    element.customerId = newCustomerId();
    const entry = Object.defineProperty({ name: 'card' }, 'value', {
      get: () => {
        throw new Error('page secret');
      },
    });
    const revocable = Proxy.revocable([], {});
    revocable.revoke();
    const { perStep, uncaught } = await run(element, [
      () => ((element as unknown as Loose).softLinks = [entry]),
      () => (element.softLinks = [{ name: 'card', value: '1' }]),
      () => ((element as unknown as Loose).softLinks = revocable.proxy),
    ]);
    expect(uncaught).to.deep.equal([]);
    expect(perStep.map((step) => codesOf(step.invalids[0]))).to.deep.equal([
      [['softLinks', 'wrong-shape']],
      undefined,
      [['softLinks', 'wrong-shape']],
    ]);
  });
});

describe('values that JSON cannot tell apart', () => {
  // Each first value is reported invalid; the plain value after it must then be sent.
  const cases: [string, string, () => unknown, unknown][] = [
    ['email', 'a String object', () => new String('person@example.com'), 'person@example.com'],
    ['isAgreedToReceiveMarketingMail', 'a Boolean object', () => new Boolean(false), false],
    [
      'customData',
      'a value whose toJSON gives the plain one',
      () => ({ tier: { toJSON: () => 'gold' } }),
      { tier: 'gold' },
    ],
  ];
  for (const [field, name, make, plain] of cases) {
    it(`${name} as ${field} is reported, and the plain value after it is sent`, async () => {
      freshTracker();
      const element = document.createElement('rr-customer');
      element.customerId = newCustomerId();
      const { perStep } = await run(element, [
        () => ((element as unknown as Loose)[field] = make()),
        () => ((element as unknown as Loose)[field] = plain),
      ]);
      expect(codesOf(perStep[0]?.invalids[0])).to.deep.equal([[field, 'not-text']]);
      expect(perStep[1]?.invalids).to.deep.equal([]);
      expect(perStep[1]?.sends.length, 'the plain value is sent').to.equal(1);
    });
  }

  for (const [name, make] of [
    ['a function', () => () => 'person@example.com'],
    ['a Symbol', () => Symbol('person@example.com')],
  ] as const) {
    it(`${name} set as email after a valid state is reported and warned about`, async () => {
      freshTracker();
      const element = document.createElement('rr-customer');
      element.customerId = newCustomerId();
      element.email = 'person@example.com';
      const { perStep } = await run(element, [() => ((element as unknown as Loose).email = make())]);
      expect(codesOf(perStep[0]?.invalids[0])).to.deep.equal([['email', 'not-text']]);
      expect(perStep[0]?.warnings.length).to.equal(1);
      expect(perStep[0]?.sends.length, 'the customer is sent without the email').to.equal(1);
      expect(perStep[0]?.sends[0]).not.to.have.property('email');
    });
  }
});

describe('giant values', () => {
  it('a 1 MB email is refused for its length alone, and the customer is sent without it', async () => {
    freshTracker();
    const element = document.createElement('rr-customer');
    element.customerId = newCustomerId();
    const { perStep } = await run(element, [() => (element.email = `${'a'.repeat(1 << 20)}@example.com`)]);
    expect(perStep[0]?.invalids[0]?.issues.map(({ code, field }) => ({ code, field }))).to.deep.equal([
      { code: 'too-long', field: 'email' },
    ]);
    // The customer alone was the last call made: sent already, so not again.
    expect(perStep[0]?.invalids[0]?.sent).to.equal(true);
    expect(perStep[0]?.sends).to.deep.equal([]);
  });

  it('a phone past the grammar, an ID and a custom data value past 1,000 characters are each an issue for their field', async () => {
    freshTracker();
    const element = document.createElement('rr-customer');
    element.customerId = newCustomerId();
    const { perStep } = await run(element, [
      () => {
        element.phone = '7'.repeat(40);
        element.customData = { note: 'n'.repeat(1001) };
      },
      () => (element.customerId = 'c'.repeat(1001)),
    ]);
    expect(perStep[0]?.invalids[0]?.issues.map(({ code, field }) => ({ code, field }))).to.deep.equal([
      { code: 'too-long', field: 'phone' },
      { code: 'too-long', field: 'customData' },
    ]);
    expect(perStep[0]?.invalids[0]?.sent).to.equal(true);
    expect(perStep[1]?.invalids[0]?.sent, 'a giant ID blocks the call').to.equal(false);
    expect(perStep[1]?.sends).to.deep.equal([]);
  });
});

describe('the memory of warnings, in every engine', () => {
  // The heap after giant inputs is read in Chromium only (stress/warning-memory.test.ts);
  // the bound on what is kept holds everywhere: the last 64 inputs warned about, no more.
  it('warns once per distinct input, and again for one pushed out by 64 others', async () => {
    freshTracker();
    const element = document.createElement('rr-customer');
    element.customerId = newCustomerId();
    const badEmail = (index: number) => `bad-address-${index}`;
    const { perStep } = await run(element, [
      () => (element.email = badEmail(0)),
      () => (element.email = badEmail(1)),
      () => (element.email = badEmail(0)),
      ...Array.from({ length: 64 }, (_, index) => () => (element.email = badEmail(index + 2))),
      () => (element.email = badEmail(0)),
    ]);
    const warned = perStep.map((step) => step.warnings.length);
    expect(warned.slice(0, 3), 'an input seen before is not warned about again').to.deep.equal([1, 1, 0]);
    expect(
      warned.slice(3, -1).every((count) => count === 1),
      'each new input is warned about',
    ).to.equal(true);
    expect(warned.at(-1), 'an input forgotten after 64 others is warned about again').to.equal(1);
    expect(
      perStep.every((step) => step.invalids.length === 1),
      'each change is reported',
    ).to.equal(true);
  });
});
