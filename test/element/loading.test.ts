import { expect } from '@esm-bundle/chai';
import { closeFixtures, expectSameData, firstCalls, openFixture, probeOf } from '../support/fixture-page.js';

// A page may load the classic build twice, or both builds (a theme and a plugin each adding
// one): the second copy must find the names taken and leave them alone.

const expectedPayload = {
  customerId: 'loading-customer',
  email: 'loading@example.test',
  softLinks: [{ name: 'loyaltyCard', value: 'card-0003' }],
  customData: { tier: 'bronze' },
};

async function expectHarmlessSecondCopy(path: string): Promise<void> {
  const page = await openFixture(path);
  const calls = await firstCalls(page);
  const probe = probeOf(page);

  // Both copies ran: each copy of lit's ReactiveElement adds its version to this list.
  expect(page.reactiveElementVersions?.length, 'copies of the build evaluated').to.equal(2);

  expect(probe.errors, 'errors on the page').to.deep.equal([]);
  expect(probe.rejections, 'unhandled rejections on the page').to.deep.equal([]);

  const registry = page.customElements;
  for (const name of ['rr-customer', 'rr-soft-link', 'rr-custom-data']) {
    expect(registry.get(name), `${name} defined`).to.be.a('function');
  }
  const customers = page.document.querySelectorAll('rr-customer');
  expect(customers.length).to.equal(1);
  const defined = registry.get('rr-customer');
  expect(defined && customers[0] instanceof defined, '<rr-customer> upgraded').to.equal(true);

  expect(calls.length, 'setCustomer calls').to.equal(1);
  expectSameData(calls[0], expectedPayload, 'the setCustomer payload');
  expect(probe.sends.length, 'rr-customer-send events').to.equal(1);
  expect(probe.invalids, 'rr-customer-invalid events').to.equal(0);
}

describe('loading: a second copy of the builds does no harm', () => {
  afterEach(closeFixtures);

  it('the classic build loaded twice', async () => {
    await expectHarmlessSecondCopy('/test/fixtures/loading-iife-twice.html');
  });

  it('the classic build, then the module build', async () => {
    await expectHarmlessSecondCopy('/test/fixtures/loading-iife-then-module.html');
  });

  it('the module build, then the classic build', async () => {
    await expectHarmlessSecondCopy('/test/fixtures/loading-module-then-iife.html');
  });

  it('the module build from two URLs (two module instances)', async () => {
    await expectHarmlessSecondCopy('/test/fixtures/loading-module-twice.html');
  });
});

describe('loading: the classic build', () => {
  afterEach(closeFixtures);

  it('names the element classes on the RrCustomer global', async () => {
    const page = await openFixture('/test/fixtures/loading-iife-twice.html');
    const global = (page as unknown as { RrCustomer?: Record<string, unknown> }).RrCustomer;
    expect(Object.keys(global ?? {}).sort()).to.deep.equal([
      'RrCustomDataElement',
      'RrCustomerElement',
      'RrSoftLinkElement',
    ]);
    expect(global?.RrCustomerElement).to.be.a('function');
  });
});
