import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { freshTracker, mount } from '../support/page.js';

// The seed's two snippets, with real values in place of the placeholders.
const customData = { customDataName1: 'customDataValue1', customDataName2: 'customDataValue2' };
const softLinks = [
  { name: 'testLinkName1', value: 'testValue1' },
  { name: 'testLinkName2', value: 'testValue2' },
];
const children = `
  <rr-custom-data name="customDataName1" value="customDataValue1"></rr-custom-data>
  <rr-custom-data name="customDataName2" value="customDataValue2"></rr-custom-data>
  <rr-soft-link name="testLinkName1" value="testValue1"></rr-soft-link>
  <rr-soft-link name="testLinkName2" value="testValue2"></rr-soft-link>`;

describe('the seed examples, written as markup', () => {
  it('without regions', async () => {
    const tracker = freshTracker();
    await mount(`<rr-customer customer-id="seed-1" email="customer@example.com" phone="+7 (111) 222-33-44"
      is-agreed-to-receive-marketing-mail="true">${children}</rr-customer>`);
    tracker.load();
    expect(tracker.calls).to.deep.equal([
      {
        customerId: 'seed-1',
        email: 'customer@example.com',
        phone: '+7 (111) 222-33-44',
        customData,
        softLinks,
        isAgreedToReceiveMarketingMail: true,
      },
    ]);
  });

  it('with regions: the same call plus defaultStockId, soft links still as name/value', async () => {
    const tracker = freshTracker();
    await mount(`<rr-customer customer-id="seed-2" email="customer@example.com" phone="+7 (111) 222-33-44"
      default-stock-id="msk-1" is-agreed-to-receive-marketing-mail="true">${children}</rr-customer>`);
    tracker.load();
    expect(tracker.calls).to.deep.equal([
      {
        customerId: 'seed-2',
        email: 'customer@example.com',
        phone: '+7 (111) 222-33-44',
        customData,
        defaultStockId: 'msk-1',
        softLinks,
        isAgreedToReceiveMarketingMail: true,
      },
    ]);
  });

  it("the issue's own example", async () => {
    const tracker = freshTracker();
    await mount(`<rr-customer customer-id="42" email="a@b.co" phone="+7 (111) 222-33-44"
             default-stock-id="msk" is-agreed-to-receive-marketing-mail="false">
      <rr-soft-link name="loyaltyCard" value="9900123"></rr-soft-link>
      <rr-custom-data name="tier" value="gold"></rr-custom-data>
    </rr-customer>`);
    tracker.load();
    expect(tracker.calls).to.deep.equal([
      {
        customerId: '42',
        email: 'a@b.co',
        phone: '+7 (111) 222-33-44',
        defaultStockId: 'msk',
        customData: { tier: 'gold' },
        softLinks: [{ name: 'loyaltyCard', value: '9900123' }],
        isAgreedToReceiveMarketingMail: false,
      },
    ]);
  });
});
