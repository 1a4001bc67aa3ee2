import { expect } from '@esm-bundle/chai';
import '../src/index.js';
import type { CustomerIssue } from '../src/index.js';
import { freshTracker, mount, newCustomerId, recordEvents } from './support/page.js';

/** Mounts the markup and says what came of it: the calls the tracker got and the issues reported. */
async function outcome(html: string): Promise<{ calls: unknown[]; issues: CustomerIssue[][] }> {
  const tracker = freshTracker();
  const invalid = recordEvents<{ issues: CustomerIssue[] }>('rr-customer-invalid');
  await mount(html);
  invalid.stop();
  tracker.load();
  return { calls: tracker.calls, issues: invalid.details.map((detail) => detail.issues) };
}

const fieldsOf = (issues: CustomerIssue[][]) => issues.map((list) => list.map((issue) => issue.field));

const SEED_PHONES = [
  '71112223344', '81112223344', '+71112223344', '+7(111)2223344', '+7(111)222-33-44',
  '+7 (111) 222-33-44', '+7 (111) 222 33 44', '+7 111 222 33 44', '+7-111-222-33-44',
  '8-111-222-33-44', '5577999617074', '31687224865', '56948840030', '123456789012345',
];

describe('validation', () => {
  it('customerId is required', async () => {
    const { calls, issues } = await outcome(`<rr-customer email="a@b.co" customer-id="  "></rr-customer>`);
    expect(calls).to.deep.equal([]);
    expect(issues).to.deep.equal([[{ field: 'customerId', message: 'customerId is required' }]]);
  });

  for (const email of ['not-an-email', 'a@b', '@b.co', 'a b@c.co', 'a@b.co>']) {
    it(`email "${email}" is invalid`, async () => {
      const { calls, issues } = await outcome(`<rr-customer customer-id="${newCustomerId()}" email="${email}"></rr-customer>`);
      expect(calls).to.deep.equal([]);
      expect(fieldsOf(issues)).to.deep.equal([['email']]);
    });
  }

  for (const phone of SEED_PHONES) {
    it(`the seed's phone "${phone}" is sent as written`, async () => {
      const id = newCustomerId();
      const { calls, issues } = await outcome(`<rr-customer customer-id="${id}" phone=" ${phone} "></rr-customer>`);
      expect(issues).to.deep.equal([]);
      expect(calls).to.deep.equal([{ customerId: id, phone }]);
    });
  }

  const badPhones: [string, string][] = [
    ['letters', '+7 111 CALL NOW'],
    ['a letter among digits', '7111222334a'],
    ['six digits', '123456'],
    ['sixteen digits', '1234567890123456'],
    ['sixteen digits in groups', '+7 (111) 222-33-44-55555'],
    ['a dot', '+7.111.222.33.44'],
    ['a slash', '+7/111/2223344'],
    ['two spaces', '+7  111 222 33 44'],
    ['a space and a hyphen together', '+7 -111-222-33-44'],
    ['two bracketed groups', '+7 (111) (222) 33 44'],
    ['a bracket not after the country code', '+7 111 (222) 33 44'],
    ['an unclosed bracket', '+7 (111 222 33 44'],
    ['a plus inside', '7+1112223344'],
    ['two pluses', '++71112223344'],
    ['a trailing hyphen', '+7-111-222-33-44-'],
    ['a leading hyphen', '-71112223344'],
  ];
  for (const [why, phone] of badPhones) {
    it(`a phone with ${why} is invalid`, async () => {
      const { calls, issues } = await outcome(`<rr-customer customer-id="${newCustomerId()}" phone="${phone}"></rr-customer>`);
      expect(calls).to.deep.equal([]);
      expect(fieldsOf(issues)).to.deep.equal([['phone']]);
    });
  }

  it('defaultStockId takes 50 characters and no more', async () => {
    const id = newCustomerId();
    const fifty = 'r'.repeat(50);
    const ok = await outcome(`<rr-customer customer-id="${id}" default-stock-id="${fifty}"></rr-customer>`);
    expect(ok.calls).to.deep.equal([{ customerId: id, defaultStockId: fifty }]);
    const tooLong = await outcome(`<rr-customer customer-id="${newCustomerId()}" default-stock-id="${fifty}r"></rr-customer>`);
    expect(tooLong.calls).to.deep.equal([]);
    expect(fieldsOf(tooLong.issues)).to.deep.equal([['defaultStockId']]);
  });

  it('a soft link with a value but no name is invalid, under softLinks', async () => {
    const { calls, issues } = await outcome(`<rr-customer customer-id="${newCustomerId()}">
      <rr-soft-link value="9900"></rr-soft-link></rr-customer>`);
    expect(calls).to.deep.equal([]);
    expect(fieldsOf(issues)).to.deep.equal([['softLinks']]);
  });

  it('a custom data entry with a value but a blank name is invalid, under customData', async () => {
    const { calls, issues } = await outcome(`<rr-customer customer-id="${newCustomerId()}">
      <rr-custom-data name=" " value="gold"></rr-custom-data></rr-customer>`);
    expect(calls).to.deep.equal([]);
    expect(fieldsOf(issues)).to.deep.equal([['customData']]);
  });

  it('when two custom data entries share a name, the last one wins', async () => {
    const id = newCustomerId();
    const { calls } = await outcome(`<rr-customer customer-id="${id}">
      <rr-custom-data name="tier" value="silver"></rr-custom-data>
      <rr-custom-data name="city" value="Kazan"></rr-custom-data>
      <rr-custom-data name="tier" value="gold"></rr-custom-data></rr-customer>`);
    expect(calls).to.deep.equal([{ customerId: id, customData: { tier: 'gold', city: 'Kazan' } }]);
  });

  it('lists one issue per problem, each named by its camelCase field', async () => {
    const { issues } = await outcome(`<rr-customer email="x" phone="1" default-stock-id="${'s'.repeat(51)}"
      is-agreed-to-receive-marketing-mail="maybe">
      <rr-soft-link value="1"></rr-soft-link><rr-soft-link value="2"></rr-soft-link>
      <rr-custom-data value="3"></rr-custom-data></rr-customer>`);
    expect(fieldsOf(issues)).to.deep.equal([
      ['customerId', 'email', 'phone', 'customData', 'defaultStockId', 'softLinks', 'softLinks', 'isAgreedToReceiveMarketingMail'],
    ]);
    for (const issue of issues.flat()) expect(issue.message).to.be.a('string').with.length.above(10);
  });

  it('a property of the wrong type is an issue, not an exception', async () => {
    const tracker = freshTracker();
    const invalid = recordEvents<{ issues: CustomerIssue[] }>('rr-customer-invalid');
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const element = document.createElement('rr-customer');
    Object.assign(element, { customerId: 42, email: { at: 'b.co' }, isAgreedToReceiveMarketingMail: 'perhaps' });
    document.body.append(element);
    await mount('<rr-customer customer-id="after-the-bad-one-' + newCustomerId() + '"></rr-customer>');
    window.removeEventListener('error', onError);
    invalid.stop();
    tracker.load();
    expect(errors).to.deep.equal([]);
    expect(fieldsOf(invalid.details.map((detail) => detail.issues))).to.deep.equal([
      ['customerId', 'email', 'isAgreedToReceiveMarketingMail'],
    ]);
    expect(tracker.calls).to.have.length(1);
  });
});
