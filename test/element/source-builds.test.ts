import { expect } from '@esm-bundle/chai';
import { closeFixtures, firstCalls, openFixture, probeOf } from '../support/fixture-page.js';
import { waitFor } from '../support/wait-for.js';

// The fetching of a source is a file of its own beside each CDN build, loaded only when an
// element first has a source: each build must find it, under the strict CSP a store may run,
// which then needs `connect-src` for the endpoint.
describe('src in the CDN builds', () => {
  afterEach(closeFixtures);

  for (const build of ['module', 'iife']) {
    it(`the ${build} build loads the source's module beside itself and sends the source's customer`, async () => {
      const page = await openFixture(`/test/fixtures/source-${build}.html`);
      const calls = await firstCalls(page);
      expect(calls).to.deep.equal([{ customerId: `source-${build}` }]);
      expect(probeOf(page).errors, 'errors on the page').to.deep.equal([]);
      expect(probeOf(page).violations, 'CSP violations').to.deep.equal([]);
      const loaded = page.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      expect(loaded).to.include('/dist/rr-customer-source.js');
    });
  }

  it('a build copied without its source module sends nothing and says so: source-failed', async () => {
    const page = await openFixture('/test/fixtures/source-module-missing.html');
    const recorded = page as unknown as { rrErrors?: { reason: string; message: string }[] };
    const errors = await waitFor(() => recorded.rrErrors?.length && recorded.rrErrors, 5000, 'rr-customer-error');
    expect(errors).to.deep.equal([
      { reason: 'source-failed', message: 'The customer source could not load its module' },
    ]);
    expect(page.standInTracker?.calls ?? []).to.deep.equal([]);
  });
});
