import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import '../../src/index.js';
import type { CustomerErrorDetail, CustomerInvalidDetail, RrCustomerElement } from '../../src/index.js';
import { shapedCustomerId, validEmail, validPhone } from '../support/customer-arbitraries.js';
import { canonical } from '../support/customer-model.js';
import { tasks } from '../support/next-task.js';
import { freshTracker, recordEvents } from '../support/page.js';
import { findPersonalData, textOf } from '../support/personal-data.js';
import { propertySettings, propertyTimeout, rule } from '../support/property-settings.js';
import { captureUncaught } from '../support/uncaught.js';

type Globals = { rrApi?: unknown; rrApiOnReady?: unknown };
const globals = window as unknown as Globals;

interface Person {
  readonly id: string;
  readonly email: string;
  readonly phone: string;
}

const person: fc.Arbitrary<Person> = fc.record({ id: shapedCustomerId, email: validEmail, phone: validPhone });

/** A way to break one rule while the customer's own data sits in the broken field or beside it. */
interface Fault {
  /** The field whose rule it breaks. */
  readonly field: string;
  /** Whether that problem blocks the call (customerId, consent) or leaves out only its field or pair. */
  readonly blocks: boolean;
  /** The message the element gives for it, when no other fault touches the same field. */
  readonly message: string;
  readonly apply: (element: RrCustomerElement, who: Person) => void;
}

const digitsOf = (phone: string) => phone.replace(/\D/g, '');
const PHONE_RULE = "phone must have 7 to 15 digits, written as in E.164 or in one of Retail Rocket's formats";
const CONSENT_RULE = 'isAgreedToReceiveMarketingMail must be true, false, 1, 0, yes, no, y, n, on or off';

/**
 * Ways to make the input invalid while the customer's own data sits in it. Each breaks the
 * rule its name gives, under issue 8's contract: the element starts from the person's valid
 * ID, email and phone, and each fault changes only its own field or adds its own pair.
 */
const FAULTS: Record<string, Fault> = {
  'email with extra text': {
    field: 'email',
    blocks: false,
    message: 'email must be a valid email address',
    apply: (element, who) => element.setAttribute('email', `${who.email} (work)`),
  },
  'email over 254 characters': {
    field: 'email',
    blocks: false,
    message: 'email must have at most 254 characters',
    apply: (element, who) => element.setAttribute('email', `${'x'.repeat(254)}.${who.email}`),
  },
  // The phone's own digits, appended until there are 16: one too many, yet short of 32 characters.
  'phone with too many digits': {
    field: 'phone',
    blocks: false,
    message: PHONE_RULE,
    apply: (element, who) => {
      const digits = digitsOf(who.phone);
      element.setAttribute('phone', `${who.phone}${digits.repeat(3).slice(0, 16 - digits.length)}`);
    },
  },
  'customer ID as the region': {
    field: 'defaultStockId',
    blocks: false,
    message: 'defaultStockId must have at most 50 characters',
    apply: (element, who) => element.setAttribute('default-stock-id', who.id.repeat(4)),
  },
  'email as the consent': {
    field: 'isAgreedToReceiveMarketingMail',
    blocks: true,
    message: CONSENT_RULE,
    apply: (element, who) => element.setAttribute('is-agreed-to-receive-marketing-mail', who.email),
  },
  'no customer ID beside a valid email and phone': {
    field: 'customerId',
    blocks: true,
    message: 'customerId is required',
    apply: (element) => element.removeAttribute('customer-id'),
  },
  'customer ID as an object holding it': {
    field: 'customerId',
    blocks: true,
    message: 'customerId must be text, not an object',
    apply: (element, who) => (element.customerId = { id: who.id } as unknown as string),
  },
  'customer ID in an unfilled template tag': {
    field: 'customerId',
    blocks: true,
    message: 'customerId holds a template tag that was never filled in',
    apply: (element, who) => element.setAttribute('customer-id', `{{ ${who.id} }}`),
  },
  'soft link named by the email with a boolean value': {
    field: 'softLinks',
    blocks: false,
    message: 'each soft link value must be text, not true or false',
    apply: (element, who) =>
      (element.softLinks = [{ name: who.email, value: true }] as unknown as RrCustomerElement['softLinks']),
  },
  'soft links as the phone text': {
    field: 'softLinks',
    blocks: false,
    message: 'softLinks must be a list of { name, value } objects, not text',
    apply: (element, who) => (element.softLinks = who.phone as unknown as RrCustomerElement['softLinks']),
  },
  'soft link child valued by the customer ID in a template tag': {
    field: 'softLinks',
    blocks: false,
    message: 'each soft link value holds a template tag that was never filled in',
    apply: (element, who) => {
      const link = document.createElement('rr-soft-link');
      link.setAttribute('name', 'crm');
      link.setAttribute('value', `<%= ${who.id} %>`);
      element.append(link);
    },
  },
  'custom data keyed by the phone holding an object': {
    field: 'customData',
    blocks: false,
    message: 'each custom data value must be text, not an object',
    apply: (element, who) =>
      (element.customData = { [who.phone]: { id: who.id } } as unknown as RrCustomerElement['customData']),
  },
  'nameless soft link child holding the phone': {
    field: 'softLinks',
    blocks: false,
    message: 'each soft link with a value needs a name',
    apply: (element, who) => {
      const link = document.createElement('rr-soft-link');
      link.setAttribute('value', who.phone);
      element.append(link);
    },
  },
  'nameless custom data child holding the email': {
    field: 'customData',
    blocks: false,
    message: 'each custom data with a value needs a name',
    apply: (element, who) => {
      const data = document.createElement('rr-custom-data');
      data.setAttribute('value', who.email);
      element.append(data);
    },
  },
};

/** What the element must say and send for a set of faults. */
function expected(who: Person, faults: readonly Fault[]) {
  const fields = new Set(faults.map((fault) => fault.field));
  const blocked = faults.some((fault) => fault.blocks);
  const payload: Record<string, string> = { customerId: who.id };
  if (!fields.has('email')) payload.email = who.email;
  if (!fields.has('phone')) payload.phone = who.phone;
  return { fields, blocked, payload: blocked ? undefined : payload };
}

/** The texts to search, and the values that must not be in them. */
function expectNoneOf(texts: readonly string[], who: Person, what: string): void {
  for (const text of texts) {
    expect(findPersonalData(text), `${what} holds personal data`).to.deep.equal([]);
    for (const value of [who.id, who.email, who.phone, digitsOf(who.phone)]) {
      expect(text.includes(value), `${what} holds one of the customer's values`).to.equal(false);
    }
  }
}

/** How long one run of the property may take on a slow, shared machine. */
const BUDGET_PER_RUN_MS = 100;

describe('no personal data in what the element says', () => {
  it('rr-customer-invalid issues, warnings and errors name fields, never values (property-based)', async function () {
    const settings = propertySettings(100, 'element-texts property');
    this.timeout(propertyTimeout(settings, BUDGET_PER_RUN_MS));
    const tracker = freshTracker();
    tracker.load();
    const faultNames = Object.keys(FAULTS);
    const seen = { blocked: 0, partial: 0 };
    let lastSent: string | undefined;
    await fc.assert(
      fc.asyncProperty(person, fc.subarray(faultNames, { minLength: 1 }), async (who, names) => {
        const faults = names.map((name) => FAULTS[name] as Fault);
        const invalid = recordEvents<CustomerInvalidDetail>('rr-customer-invalid');
        const sent = recordEvents<unknown>('rr-customer-send');
        const order: string[] = [];
        const onEvent = (event: Event) => void order.push(event.type);
        document.addEventListener('rr-customer-send', onEvent);
        document.addEventListener('rr-customer-invalid', onEvent);
        const uncaught = captureUncaught();
        const warnings: string[] = [];
        const warn = console.warn;
        console.warn = (...args: unknown[]) => void warnings.push(args.map((arg) => textOf(arg)).join(' '));
        const calls = tracker.calls.length;
        const element = document.createElement('rr-customer');
        element.setAttribute('customer-id', who.id);
        element.setAttribute('email', who.email);
        element.setAttribute('phone', who.phone);
        try {
          for (const fault of faults) fault.apply(element, who);
          document.body.append(element);
          await tasks(2);
        } finally {
          element.remove();
          console.warn = warn;
          document.removeEventListener('rr-customer-send', onEvent);
          document.removeEventListener('rr-customer-invalid', onEvent);
          invalid.stop();
          sent.stop();
          uncaught.stop();
        }
        const texts = [
          ...invalid.details.map((detail) => textOf(detail)),
          ...warnings,
          ...uncaught.errors.map((error) => textOf(error)),
        ];
        try {
          expectNoneOf(texts, who, 'a text');
        } catch {
          throw new Error(`an invalid report or warning holds personal data (faults: ${names.join('; ')})`);
        }
        rule(uncaught.errors.length === 0, 'nothing is thrown');

        const want = expected(who, faults);
        const report = invalid.details[0];
        rule(
          invalid.details.length === 1,
          `the input is reported invalid once (got ${invalid.details.length}; faults: ${names.join('; ')})`,
        );
        const fields = new Set(report?.issues.map((issue) => issue.field));
        rule(
          canonical([...fields].sort()) === canonical([...want.fields].sort()),
          `the issues name the fields the faults break (got ${[...fields].join(', ')}; faults: ${names.join('; ')})`,
        );
        for (const fault of faults) {
          if (faults.filter((other) => other.field === fault.field).length > 1) continue;
          const messages = report?.issues.filter((issue) => issue.field === fault.field).map((issue) => issue.message);
          rule(
            canonical(messages) === canonical([fault.message]),
            `the ${fault.field} issue says the rule the fault breaks`,
          );
        }
        rule(report?.sent === !want.blocked, `detail.sent is ${String(!want.blocked)} (faults: ${names.join('; ')})`);
        const newCalls = tracker.calls.slice(calls);
        if (want.payload === undefined) {
          rule(sent.details.length === 0 && newCalls.length === 0, 'a blocked input queues nothing');
          seen.blocked += 1;
        } else {
          // The same person and faults again (fast-check repeats itself when it shrinks) make no new call.
          const repeat = canonical(want.payload) === lastSent;
          rule(
            sent.details.length === (repeat ? 0 : 1) && newCalls.length === sent.details.length,
            'the valid rest is queued once, unless it was the last call made',
          );
          if (!repeat) {
            rule(
              canonical(newCalls[0]) === canonical(want.payload),
              'the call holds exactly the fields no fault broke',
            );
            rule(
              canonical(order) === canonical(['rr-customer-send', 'rr-customer-invalid']),
              'rr-customer-send fires first, then rr-customer-invalid',
            );
          }
          lastSent = canonical(want.payload);
          seen.partial += 1;
        }
        rule(warnings.length <= 1, 'one warning at most');
        const line = warnings[0];
        if (line !== undefined) {
          const says = want.blocked ? 'was not queued; invalid:' : 'was queued without the invalid';
          rule(
            line.includes(says),
            `the warning says ${want.blocked ? 'that nothing was queued' : 'which fields were left out'}`,
          );
        }
      }),
      settings,
    );
    console.log(`element-texts property: ${seen.blocked} blocked, ${seen.partial} sent with fields left out`);
    expect(seen.blocked + seen.partial).to.equal(settings.numRuns);
    expect(seen.blocked, 'blocked runs').to.be.above(0);
    expect(seen.partial, 'runs sent with fields left out').to.be.above(0);
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
    for (const who of people)
      expectNoneOf(
        failures.details.map((detail) => textOf(detail)),
        who,
        'an rr-customer-error detail',
      );
  });
});
