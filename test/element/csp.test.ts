import { expect } from '@esm-bundle/chai';
import {
  closeFixtures,
  displays,
  expectSameData,
  firstCalls,
  openFixture,
  probeOf,
  type FixturePage,
} from '../support/fixture-page.js';
import { waitFor } from '../support/wait-for.js';

// Every fixture here carries <meta http-equiv="Content-Security-Policy"
// content="script-src 'self'; style-src 'self'">: no inline script, no eval, no inline style.
// The two builds' pages also require Trusted Types and allow no policy at all
// (`require-trusted-types-for 'script'; trusted-types 'none'`): the element needs none.
// probe.js, first in <head>, records every securitypolicyviolation event.

const TAGS = ['rr-customer', 'rr-soft-link', 'rr-custom-data'] as const;

const expectedPayload = {
  customerId: 'csp-customer',
  email: 'csp@example.test',
  phone: '+7 (111) 222-33-44',
  defaultStockId: 'msk',
  softLinks: [
    { name: 'loyaltyCard', value: 'card-0002' },
    { name: 'crmId', value: 'crm-0002' },
  ],
  customData: { tier: 'silver', city: 'Moscow' },
  isAgreedToReceiveMarketingMail: true,
};

/**
 * Breaks the policy once more, from outside, and waits until the probe has recorded it.
 * Violation events are queued tasks: once this last one is in, any the page caused earlier
 * has been recorded too, and the probe is shown to work on this very page.
 */
async function violationsUpToSentinel(page: FixturePage): Promise<string[]> {
  const probe = probeOf(page);
  const before = probe.violations.length;
  page.document.body.setAttribute('style', 'outline: 0');
  await waitFor(() => probe.violations.length > before, 3000, 'the sentinel violation to be recorded');
  return probe.violations.map((violation) => `${violation.directive} ${violation.blocked}`);
}

describe('CSP: script-src and style-src limited to self', () => {
  afterEach(closeFixtures);

  const builds = [
    { name: 'the module build (dist/rr-customer.js)', path: '/test/fixtures/csp-module.html' },
    { name: 'the classic build (dist/rr-customer.iife.js)', path: '/test/fixtures/csp-iife.html' },
  ];

  for (const build of builds) {
    it(`${build.name}: sends the call, hides the elements and breaks no rule`, async () => {
      const page = await openFixture(build.path);
      const calls = await firstCalls(page);
      const probe = probeOf(page);

      expect(calls.length, 'setCustomer calls').to.equal(1);
      expectSameData(calls[0], expectedPayload, 'the setCustomer payload');
      expect(probe.errors, 'errors on the page').to.deep.equal([]);

      expect(displays(page, TAGS)).to.deep.equal({
        'rr-customer': ['none'],
        'rr-soft-link': ['none', 'none'],
        'rr-custom-data': ['none', 'none'],
      });

      expect(await violationsUpToSentinel(page), 'violations, the last being the sentinel').to.deep.equal([
        'style-src-attr inline',
      ]);
    });
  }

  it('negative control: the probe records what the policy blocks in the markup', async () => {
    const page = await openFixture('/test/fixtures/csp-control.html');
    const probe = probeOf(page);
    const seen = await waitFor(
      () => {
        const directives = probe.violations.map((violation) => violation.directive);
        return directives.includes('script-src-elem') && directives.includes('style-src-attr') ? directives : undefined;
      },
      3000,
      'the inline <script> and the style attribute to be reported',
    );
    expect(seen.length).to.be.at.least(2);
    expect(page.inlineScriptRan, 'the inline script ran').to.equal(undefined);
    const paragraph = page.document.querySelector('p');
    expect(paragraph && page.getComputedStyle(paragraph).color, 'the inline style applied').to.not.equal(
      'rgb(255, 0, 0)',
    );
  });
});
