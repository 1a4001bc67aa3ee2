import { expect } from '@esm-bundle/chai';
import '../src/index.js';
import { freshTracker, mount, newCustomerId } from './support/page.js';

it('queues a call', async () => {
  const tracker = freshTracker();
  const id = newCustomerId();
  await mount(`<rr-customer customer-id="${id}"></rr-customer>`);
  tracker.load();
  expect(tracker.calls).to.deep.equal([{ customerId: id }]);
});
