import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { CustomerInvalidDetail, CustomerIssue } from '../../src/index.js';
import { freshTracker, mount, newCustomerId, recordEvents, settle } from '../support/page.js';

type Outcome = { calls: unknown[]; issues: CustomerIssue[][]; sent: boolean[] };

/**
 * Runs `place`, which puts an element on the page, and says what came of it: the calls the
 * tracker got, the issues reported and each report's `sent`. Console warnings of invalid
 * input are kept off the output.
 */
async function outcomeOf(place: () => Promise<void>): Promise<Outcome> {
  const tracker = freshTracker();
  const invalid = recordEvents<CustomerInvalidDetail>('rr-customer-invalid');
  const warn = console.warn;
  console.warn = () => {};
  try {
    await place();
  } finally {
    console.warn = warn;
    invalid.stop();
  }
  tracker.load();
  return {
    calls: tracker.calls,
    issues: invalid.details.map((detail) => [...detail.issues]),
    sent: invalid.details.map((detail) => detail.sent),
  };
}

/** The outcome of mounting the markup. */
const outcome = (html: string): Promise<Outcome> =>
  outcomeOf(async () => {
    await mount(html);
  });

/** The outcome of an element whose fields are set as properties before it is connected. */
const propertyOutcome = (fields: Record<string, unknown>): Promise<Outcome> =>
  outcomeOf(async () => {
    const element = Object.assign(document.createElement('rr-customer'), fields);
    try {
      document.body.append(element);
      await settle();
    } finally {
      element.remove();
    }
  });

/** Each report's issues as `[field, code]`: the contract listeners match on, rather than the wording. */
const codesOf = (issues: CustomerIssue[][]) => issues.map((list) => list.map(({ field, code }) => [field, code]));

/** A bad optional field costs only itself: the rest goes out, and the one report says so. */
async function expectLeftOut(html: string, id: string, issue: [string, string], rest: Record<string, unknown> = {}) {
  const { calls, issues, sent } = await outcome(html);
  expect(calls, 'the valid rest is sent').to.deep.equal([{ customerId: id, ...rest }]);
  expect(codesOf(issues)).to.deep.equal([[issue]]);
  expect(sent).to.deep.equal([true]);
}

/** A bad customer ID or consent sends nothing, and the one report says so. */
async function expectBlocked(html: string, expected: [string, string][]) {
  const { calls, issues, sent } = await outcome(html);
  expect(calls, 'nothing is queued').to.deep.equal([]);
  expect(codesOf(issues)).to.deep.equal([expected]);
  expect(sent).to.deep.equal([false]);
  return issues.flat();
}

// Each rule's table of cases is test/core/check-customer.test.mjs's; here one or two cases per
// rule prove that the element reads its attributes and children, and reports with codes.
describe('validation', () => {
  it('customerId is required', async () => {
    const { calls, issues, sent } = await outcome(`<rr-customer email="a@b.co" customer-id="  "></rr-customer>`);
    expect(calls).to.deep.equal([]);
    expect(codesOf(issues)).to.deep.equal([[['customerId', 'required']]]);
    expect(sent).to.deep.equal([false]);
  });

  it('an invalid email is left out, and the rest is sent', async () => {
    const id = newCustomerId();
    await expectLeftOut(
      `<rr-customer customer-id="${id}" email="a b@c.co" default-stock-id="msk"></rr-customer>`,
      id,
      ['email', 'invalid-email'],
      { defaultStockId: 'msk' },
    );
  });

  // The domain is converted to ASCII by this engine's own URL parser: each engine must agree.
  it('an email with an international domain is sent as written; a label ending in a hyphen is left out', async () => {
    const id = newCustomerId();
    const { calls, issues } = await outcome(`<rr-customer customer-id="${id}" email="anna@пример.рф"></rr-customer>`);
    expect(issues).to.deep.equal([]);
    expect(calls).to.deep.equal([{ customerId: id, email: 'anna@пример.рф' }]);
    const other = newCustomerId();
    await expectLeftOut(`<rr-customer customer-id="${other}" email="someone@do-.com"></rr-customer>`, other, [
      'email',
      'invalid-email',
    ]);
  });

  it("the seed's phone is sent as written, trimmed", async () => {
    const id = newCustomerId();
    const { calls, issues } = await outcome(
      `<rr-customer customer-id="${id}" phone=" +7 (111) 222-33-44 "></rr-customer>`,
    );
    expect(issues).to.deep.equal([]);
    expect(calls).to.deep.equal([{ customerId: id, phone: '+7 (111) 222-33-44' }]);
  });

  it('a phone with letters is left out, and the rest is sent', async () => {
    const id = newCustomerId();
    await expectLeftOut(`<rr-customer customer-id="${id}" phone="+7 111 CALL NOW"></rr-customer>`, id, [
      'phone',
      'invalid-phone',
    ]);
  });

  it('a soft link with a value but no name is left out, under softLinks; the other soft links are sent', async () => {
    const id = newCustomerId();
    await expectLeftOut(
      `<rr-customer customer-id="${id}"><rr-soft-link value="9900"></rr-soft-link><rr-soft-link name="card" value="77"></rr-soft-link></rr-customer>`,
      id,
      ['softLinks', 'pair-without-name'],
      { softLinks: [{ name: 'card', value: '77' }] },
    );
  });

  it('a soft link whose value is an email address is left out', async () => {
    const id = newCustomerId();
    await expectLeftOut(
      `<rr-customer customer-id="${id}"><rr-soft-link name="mail" value="a@b.co"></rr-soft-link><rr-soft-link name="card" value="77"></rr-soft-link></rr-customer>`,
      id,
      ['softLinks', 'email-soft-link'],
      { softLinks: [{ name: 'card', value: '77' }] },
    );
  });

  it('a custom data entry with a value but a blank name is left out, under customData', async () => {
    const id = newCustomerId();
    await expectLeftOut(
      `<rr-customer customer-id="${id}"><rr-custom-data name=" " value="gold"></rr-custom-data><rr-custom-data name="city" value="Kazan"></rr-custom-data></rr-customer>`,
      id,
      ['customData', 'pair-without-name'],
      { customData: { city: 'Kazan' } },
    );
  });

  it('when two custom data entries share a name, the last one wins', async () => {
    const id = newCustomerId();
    const { calls } = await outcome(`<rr-customer customer-id="${id}">
      <rr-custom-data name="tier" value="silver"></rr-custom-data>
      <rr-custom-data name="city" value="Kazan"></rr-custom-data>
      <rr-custom-data name="tier" value="gold"></rr-custom-data></rr-customer>`);
    expect(calls).to.deep.equal([{ customerId: id, customData: { tier: 'gold', city: 'Kazan' } }]);
  });

  it('lists one issue per problem, each with its code and camelCase field', async () => {
    const { issues, sent } = await outcome(`<rr-customer email="x" phone="1" default-stock-id="${'s'.repeat(51)}"
      is-agreed-to-receive-marketing-mail="maybe">
      <rr-soft-link value="1"></rr-soft-link><rr-soft-link value="2"></rr-soft-link>
      <rr-custom-data value="3"></rr-custom-data></rr-customer>`);
    expect(codesOf(issues)).to.deep.equal([
      [
        ['customerId', 'required'],
        ['email', 'invalid-email'],
        ['phone', 'invalid-phone'],
        ['customData', 'pair-without-name'],
        ['defaultStockId', 'too-long'],
        ['softLinks', 'pair-without-name'],
        ['softLinks', 'pair-without-name'],
        ['isAgreedToReceiveMarketingMail', 'invalid-consent'],
      ],
    ]);
    expect(sent).to.deep.equal([false]);
    for (const issue of issues.flat()) expect(issue.message).to.be.a('string').with.length.above(10);
  });

  it('every bad optional field at once still sends the customer, with none of them', async () => {
    const id = newCustomerId();
    const { calls, issues, sent } = await outcome(`<rr-customer customer-id="${id}" email="x" phone="1"
      default-stock-id="${'s'.repeat(51)}" is-agreed-to-receive-marketing-mail="no">
      <rr-soft-link value="1"></rr-soft-link><rr-soft-link name="card" value="guest"></rr-soft-link>
      <rr-custom-data value="3"></rr-custom-data><rr-custom-data name="tier" value="{{ tier }}"></rr-custom-data></rr-customer>`);
    expect(calls).to.deep.equal([{ customerId: id, isAgreedToReceiveMarketingMail: false }]);
    expect(codesOf(issues)).to.deep.equal([
      [
        ['email', 'invalid-email'],
        ['phone', 'invalid-phone'],
        ['customData', 'pair-without-name'],
        ['customData', 'template-tag'],
        ['defaultStockId', 'too-long'],
        ['softLinks', 'pair-without-name'],
        ['softLinks', 'guest-id'],
      ],
    ]);
    expect(sent).to.deep.equal([true]);
  });

  it('a property of the wrong type is an issue, not an exception', async () => {
    const tracker = freshTracker();
    const invalid = recordEvents<CustomerInvalidDetail>('rr-customer-invalid');
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const warn = console.warn;
    console.warn = () => {};
    const blocked = document.createElement('rr-customer');
    Object.assign(blocked, { customerId: true, email: { at: 'b.co' }, isAgreedToReceiveMarketingMail: 'perhaps' });
    document.body.append(blocked);
    const id = newCustomerId();
    const partial = document.createElement('rr-customer');
    Object.assign(partial, { customerId: id, email: { at: 'b.co' }, phone: ['+71112223344'], defaultStockId: false });
    document.body.append(partial);
    await mount('<rr-customer customer-id="after-the-bad-ones-' + newCustomerId() + '"></rr-customer>');
    console.warn = warn;
    window.removeEventListener('error', onError);
    invalid.stop();
    tracker.load();
    expect(errors).to.deep.equal([]);
    expect(invalid.details.map((detail) => [detail.sent, codesOf([[...detail.issues]])[0]])).to.deep.equal([
      [
        false,
        [
          ['customerId', 'not-text'],
          ['email', 'not-text'],
          ['isAgreedToReceiveMarketingMail', 'invalid-consent'],
        ],
      ],
      [
        true,
        [
          ['email', 'not-text'],
          ['phone', 'not-text'],
          ['defaultStockId', 'not-text'],
        ],
      ],
    ]);
    expect(tracker.calls).to.have.length(2);
    expect(tracker.calls[0]).to.deep.equal({ customerId: id });
  });
});

describe('IDs that identify no one', () => {
  it('as the customer ID, one blocks the call, with one message for all that quotes none', async () => {
    const messages = new Set<string | undefined>();
    for (const guest of ['Guest', '0']) {
      const { calls, issues, sent } = await outcome(
        `<rr-customer customer-id=" ${guest} " email="a@b.co"></rr-customer>`,
      );
      expect(calls, guest).to.deep.equal([]);
      expect(codesOf(issues), guest).to.deep.equal([[['customerId', 'guest-id']]]);
      expect(sent, guest).to.deep.equal([false]);
      messages.add(issues[0]?.[0]?.message);
    }
    // One text whatever the value: it cannot quote any of them.
    expect([...messages]).to.have.length(1);
  });

  it('as a soft link value, one leaves out that link alone; the customer and the other links are sent', async () => {
    const id = newCustomerId();
    await expectLeftOut(
      `<rr-customer customer-id="${id}">
        <rr-soft-link name="card" value="anonymous"></rr-soft-link><rr-soft-link name="crm" value="c-1"></rr-soft-link></rr-customer>`,
      id,
      ['softLinks', 'guest-id'],
      { softLinks: [{ name: 'crm', value: 'c-1' }] },
    );
  });

  it('the number 0 as the customerId property identifies no one either', async () => {
    const { calls, issues, sent } = await propertyOutcome({ customerId: 0, email: 'a@b.co' });
    expect(calls).to.deep.equal([]);
    expect(codesOf(issues)).to.deep.equal([[['customerId', 'guest-id']]]);
    expect(sent).to.deep.equal([false]);
  });
});

describe('unfilled template tags', () => {
  it('a tag as the customer ID blocks the call', async () => {
    await expectBlocked(`<rr-customer customer-id="{{ customer.id }}"></rr-customer>`, [
      ['customerId', 'template-tag'],
    ]);
  });

  it('a tag in an optional field, a soft link or a custom data pair leaves only that out', async () => {
    const id = newCustomerId();
    const tag = '&lt;?= $id ?&gt;';
    const { calls, issues, sent } =
      await outcome(`<rr-customer customer-id="${id}" email="${tag}" phone="${tag}" default-stock-id="${tag}">
        <rr-soft-link name="card" value="${tag}"></rr-soft-link><rr-soft-link name="${tag}" value="1"></rr-soft-link>
        <rr-soft-link name="crm" value="c-1"></rr-soft-link>
        <rr-custom-data name="tier" value="${tag}"></rr-custom-data><rr-custom-data name="city" value="Kazan"></rr-custom-data></rr-customer>`);
    expect(calls).to.deep.equal([
      { customerId: id, customData: { city: 'Kazan' }, softLinks: [{ name: 'crm', value: 'c-1' }] },
    ]);
    expect(codesOf(issues)).to.deep.equal([
      ['email', 'phone', 'customData', 'defaultStockId', 'softLinks', 'softLinks'].map((field) => [
        field,
        'template-tag',
      ]),
    ]);
    expect(sent).to.deep.equal([true]);
  });
});

describe('length limits', () => {
  it('email takes 254 characters, phone 32, defaultStockId 50, in code points', async () => {
    const id = newCustomerId();
    const email254 = `${'a'.repeat(242)}@example.com`;
    const ok = await outcome(
      `<rr-customer customer-id="${id}" email="${email254}" default-stock-id="${'😀'.repeat(50)}"></rr-customer>`,
    );
    expect(ok.issues).to.deep.equal([]);
    expect(ok.calls).to.deep.equal([{ customerId: id, email: email254, defaultStockId: '😀'.repeat(50) }]);

    const other = newCustomerId();
    const over =
      await outcome(`<rr-customer customer-id="${other}" email="a${email254}" phone="+1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7"
      default-stock-id="${'😀'.repeat(51)}"></rr-customer>`);
    expect(over.calls).to.deep.equal([{ customerId: other }]);
    expect(codesOf(over.issues)).to.deep.equal([
      [
        ['email', 'too-long'],
        ['phone', 'too-long'],
        ['defaultStockId', 'too-long'],
      ],
    ]);
    expect(over.sent).to.deep.equal([true]);
  });
});
