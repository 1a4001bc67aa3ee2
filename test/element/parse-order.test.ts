import { expect } from '@esm-bundle/chai';
import { closeFixtures, expectSameData, firstCalls, openFixture, probeOf } from '../support/fixture-page.js';

// The classic build is defined in <head>, so the parser creates an upgraded <rr-customer> and
// then its children one by one. A synchronous external script between two children stops the
// parser after a microtask checkpoint: an element that sent on its first update would send a
// call without the children still to come, and then a second one.
describe('parse order: children split by a parser-blocking script', () => {
  afterEach(closeFixtures);

  it('sends exactly one call, holding every child', async () => {
    const page = await openFixture('/test/fixtures/parse-order.html');
    const calls = await firstCalls(page);
    const probe = probeOf(page);

    // The fixture did split the children around a pause, with the element already live.
    const pause = page.atParserPause;
    expect(pause, 'parser-pause.js ran').to.not.equal(undefined);
    expect(pause?.parentIsUpgradedCustomer, 'the pause is inside an upgraded <rr-customer>').to.equal(true);
    expect(pause?.softLinks, '<rr-soft-link> parsed before the pause').to.equal(1);
    expect(pause?.customData, '<rr-custom-data> parsed before the pause').to.equal(0);

    expect(pause?.sendsSoFar, 'rr-customer-send events while the parser was inside <rr-customer>').to.equal(0);
    expect(calls.length, 'setCustomer calls').to.equal(1);
    expectSameData(
      calls[0],
      {
        customerId: 'parse-order-customer',
        email: 'parse-order@example.test',
        softLinks: [{ name: 'loyaltyCard', value: 'card-0001' }],
        customData: { tier: 'gold' },
        isAgreedToReceiveMarketingMail: false,
      },
      'the setCustomer payload',
    );
    expect(probe.sends.length, 'rr-customer-send events').to.equal(1);
    expect(probe.invalids, 'rr-customer-invalid events').to.equal(0);
    expect(probe.errors, 'errors on the page').to.deep.equal([]);
  });
});
