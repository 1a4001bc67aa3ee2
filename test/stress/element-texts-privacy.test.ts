import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import '../../src/index.js';
import type { CustomerErrorDetail, CustomerInvalidDetail, RrCustomerElement } from '../../src/index.js';
import { shapedCustomerId, validEmail, validPhone } from '../support/customer-arbitraries.js';
import { tasks } from '../support/next-task.js';
import { freshTracker, recordEvents } from '../support/page.js';
import { findPersonalData, textOf } from '../support/personal-data.js';
import { propertySettings, rule } from '../support/property-settings.js';
import { captureUncaught } from '../support/uncaught.js';

type Globals = { rrApi?: unknown; rrApiOnReady?: unknown };
const globals = window as unknown as Globals;

interface Person {
  readonly id: string;
  readonly email: string;
  readonly phone: string;
}

const person: fc.Arbitrary<Person> = fc.record({ id: shapedCustomerId, email: validEmail, phone: validPhone });

/** Ways to make the input invalid while the customer's own data sits in it, in or beside the broken field. */
const FAULTS: Record<string, (element: RrCustomerElement, who: Person) => void> = {
  'email with extra text': (element, who) => element.setAttribute('email', `${who.email} (work)`),
  'phone with too many digits': (element, who) => element.setAttribute('phone', `${who.phone}${who.phone.replace(/\D/g, '')}`),
  'customer ID as the region': (element, who) => element.setAttribute('default-stock-id', who.id.repeat(4)),
  'email as the consent': (element, who) => element.setAttribute('is-agreed-to-receive-marketing-mail', who.email),
  'no customer ID beside a valid email and phone': (element, who) => {
    element.removeAttribute('customer-id');
    element.setAttribute('email', who.email);
    element.setAttribute('phone', who.phone);
  },
  'customer ID as a number': (element, who) => {
    element.removeAttribute('customer-id');
    element.customerId = Number(who.phone.replace(/\D/g, '')) as unknown as string;
  },
  'soft link named by the email with a number value': (element, who) =>
    (element.softLinks = [{ name: who.email, value: 5 }] as unknown as RrCustomerElement['softLinks']),
  'soft links as the phone text': (element, who) => (element.softLinks = who.phone as unknown as RrCustomerElement['softLinks']),
  'custom data keyed by the phone holding an object': (element, who) =>
    (element.customData = { [who.phone]: { id: who.id } } as unknown as RrCustomerElement['customData']),
  'nameless soft link child holding the phone': (element, who) => {
    const link = document.createElement('rr-soft-link');
    link.setAttribute('value', who.phone);
    element.append(link);
  },
  'nameless custom data child holding the email': (element, who) => {
    const data = document.createElement('rr-custom-data');
    data.setAttribute('value', who.email);
    element.append(data);
  },
};

/** The texts to search, and the values that must not be in them. */
function expectNoneOf(texts: readonly string[], who: Person, what: string): void {
  for (const text of texts) {
    expect(findPersonalData(text), `${what} holds personal data`).to.deep.equal([]);
    for (const value of [who.id, who.email, who.phone, who.phone.replace(/\D/g, '')]) {
      expect(text.includes(value), `${what} holds one of the customer's values`).to.equal(false);
    }
  }
}

describe('no personal data in what the element says', () => {
  it('rr-customer-invalid issues, warnings and errors name fields, never values (property-based)', async function () {
    this.timeout(30_000);
    freshTracker().load();
    const settings = propertySettings(100);
    console.log(`element-texts property: seed ${settings.seed}, ${settings.numRuns} runs`);
    const faultNames = Object.keys(FAULTS);
    let reports = 0;
    await fc.assert(
      fc.asyncProperty(person, fc.subarray(faultNames, { minLength: 1 }), async (who, faults) => {
        const invalid = recordEvents<CustomerInvalidDetail>('rr-customer-invalid');
        const uncaught = captureUncaught();
        const warnings: string[] = [];
        const warn = console.warn;
        console.warn = (...args: unknown[]) => void warnings.push(args.map((arg) => textOf(arg)).join(' '));
        const element = document.createElement('rr-customer');
        element.setAttribute('customer-id', who.id);
        try {
          for (const fault of faults) FAULTS[fault]?.(element, who);
          document.body.append(element);
          await tasks(2);
        } finally {
          element.remove();
          console.warn = warn;
          invalid.stop();
          uncaught.stop();
        }
        rule(invalid.details.length === 1, `the input is reported invalid once (got ${invalid.details.length})`);
        reports += 1;
        const texts = [...invalid.details.map((detail) => textOf(detail)), ...warnings, ...uncaught.errors.map((error) => textOf(error))];
        try {
          expectNoneOf(texts, who, 'a text');
        } catch {
          throw new Error(`an invalid report or warning holds personal data (faults: ${faults.join('; ')})`);
        }
        rule(uncaught.errors.length === 0, 'nothing is thrown');
      }),
      settings,
    );
    expect(reports).to.equal(settings.numRuns);
  });

  it('rr-customer-error names a reason, never the payload, whatever the tracker does with it', async () => {
    const first = fc.sample(person, { numRuns: 1, seed: propertySettings(1).seed })[0] as Person;
    // Each case sends new data (the page skips a repeat of the last payload), so each has its own ID.
    const people = ['a', 'b', 'c'].map((suffix) => ({ ...first, id: `${first.id}${suffix}` }));
    const failures = recordEvents<CustomerErrorDetail>('rr-customer-error');
    const uncaught = captureUncaught();
    const runAtOnce = { push: (run: () => void) => run() };
    const faults: [string, (who: Person) => void][] = [
      ['queue-replaced', (who) => (globals.rrApiOnReady = `a queue that mentions ${who.email}`)],
      ['api-missing', () => ((globals.rrApiOnReady = runAtOnce), (globals.rrApi = {}))],
      [
        'api-threw',
        () => {
          globals.rrApiOnReady = runAtOnce;
          // A tracker whose error quotes the payload: the element must not pass it on.
          globals.rrApi = {
            setCustomer(payload: unknown) {
              throw new Error(`rejected ${JSON.stringify(payload)}`);
            },
          };
        },
      ],
    ];
    try {
      for (const [index, [, fault]] of faults.entries()) {
        const who = people[index] as Person;
        freshTracker();
        fault(who);
        const element = document.createElement('rr-customer');
        element.setAttribute('customer-id', who.id);
        element.setAttribute('email', who.email);
        element.setAttribute('phone', who.phone);
        element.innerHTML = `<rr-soft-link name="card" value="${who.phone}"></rr-soft-link>`;
        document.body.append(element);
        await tasks(2);
        element.remove();
      }
    } finally {
      failures.stop();
      uncaught.stop();
      freshTracker();
    }
    expect(failures.details.map((detail) => detail.reason)).to.deep.equal(faults.map(([reason]) => reason));
    expect(uncaught.errors).to.deep.equal([]);
    for (const who of people) expectNoneOf(failures.details.map((detail) => textOf(detail)), who, 'an rr-customer-error detail');
  });
});
