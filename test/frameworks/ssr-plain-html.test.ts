// Markup a server template printed (no framework in the browser), in the document before
// <rr-customer> is defined, as when the definition loads after the HTML. This file must not
// import the element at the top (each test file has a page of its own).
import { expect } from '@esm-bundle/chai';
import { expectSameData } from '../support/fixture-page.js';
import { freshTracker, newCustomerId, settle } from '../support/page.js';
import { customerHtml } from './ssr-markup.mjs';

describe('server-printed <rr-customer> markup', () => {
  it('sends exactly one call, with every attribute and child, when the definition arrives', async () => {
    const tracker = freshTracker();
    tracker.load();
    const customerId = newCustomerId();
    const container = document.createElement('div');
    container.innerHTML = customerHtml({
      customerId,
      email: 'plain@example.com',
      childLinks: [
        { name: 'card', value: 'card-1' },
        { name: 'crm', value: 'crm-1' },
      ],
      childData: [{ name: 'brand', value: 'Tom & "Jerry"' }],
    });
    document.body.append(container);
    await settle();
    expect(customElements.get('rr-customer'), 'the markup is there before the definition').to.equal(undefined);
    expect(tracker.calls, 'before the definition').to.have.length(0);

    await import('../../src/index.js');
    await settle();

    expectSameData(
      tracker.calls,
      [
        {
          customerId,
          email: 'plain@example.com',
          softLinks: [
            { name: 'card', value: 'card-1' },
            { name: 'crm', value: 'crm-1' },
          ],
          customData: { brand: 'Tom & "Jerry"' },
        },
      ],
      'the calls',
    );
    container.remove();
  });
});
