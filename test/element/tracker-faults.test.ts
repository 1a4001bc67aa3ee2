import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { CustomerErrorDetail } from '../../src/index.js';
import { freshTracker, mount, newCustomerId, recordEvents, settle } from '../support/page.js';
import { captureUncaught } from '../support/uncaught.js';

type Globals = { rrApi?: unknown; rrApiOnReady?: unknown };
const globals = window as unknown as Globals;

/** Everything a fault case looks at: errors that escaped, error events, and the calls made. */
function watch() {
  const uncaught = captureUncaught();
  const failures = recordEvents<CustomerErrorDetail>('rr-customer-error');
  return {
    uncaught,
    failures,
    stop() {
      uncaught.stop();
      failures.stop();
    },
  };
}

/** The error event must say what failed and hold none of the customer's data. */
function expectNoPersonalData(details: readonly CustomerErrorDetail[], ...values: string[]) {
  const text = JSON.stringify(details);
  for (const value of values) expect(text).not.to.include(value);
}

describe('tracker faults', () => {
  afterEach(() => freshTracker());

  for (const [what, junk] of [
    ['a string', 'junk'],
    ['an object without push', { length: 0 }],
  ] as const) {
    it(`rrApiOnReady as ${what}: replaced, reported once, and later changes still send`, async () => {
      const tracker = freshTracker();
      globals.rrApiOnReady = junk;
      const seen = watch();
      const id = newCustomerId();
      const element = await mount(`<rr-customer customer-id="${id}"></rr-customer>`);
      tracker.load();
      element.email = 'later@example.com';
      await settle();
      seen.stop();
      expect(seen.uncaught.errors).to.deep.equal([]);
      expect(seen.failures.details.map((detail) => detail.reason)).to.deep.equal(['queue-replaced']);
      expect(seen.failures.details[0]?.message).to.be.a('string').with.length.above(0);
      expect(tracker.calls).to.deep.equal([{ customerId: id }, { customerId: id, email: 'later@example.com' }]);
      expectNoPersonalData(seen.failures.details, id, 'later@example.com');
    });
  }

  it('a missing rrApi when the queued call runs: reported, and the same data is sent again once the API is back', async () => {
    const tracker = freshTracker();
    globals.rrApiOnReady = { push: (run: () => void) => run() }; // a loaded queue...
    delete globals.rrApi; // ...with the API gone
    const seen = watch();
    const id = newCustomerId();
    const element = await mount(`<rr-customer customer-id="${id}" email="gone@example.com"></rr-customer>`);
    expect(seen.failures.details.map((detail) => detail.reason)).to.deep.equal(['api-missing']);
    tracker.load();
    // A re-render with the same data: the dropped call is retried, not lost.
    element.requestUpdate();
    await settle();
    element.phone = '+79990001122';
    await settle();
    seen.stop();
    expect(seen.uncaught.errors).to.deep.equal([]);
    expect(tracker.calls).to.deep.equal([
      { customerId: id, email: 'gone@example.com' },
      { customerId: id, email: 'gone@example.com', phone: '+79990001122' },
    ]);
    expectNoPersonalData(seen.failures.details, id, 'gone@example.com');
  });

  it('a setCustomer that throws: reported without its message, and a later change still sends', async () => {
    const tracker = freshTracker();
    tracker.load();
    const real = globals.rrApi;
    const id = newCustomerId();
    globals.rrApi = {
      setCustomer: (payload: { email?: string }) => {
        throw new Error(`rejected ${payload.email ?? ''} for ${id}`);
      },
    };
    const seen = watch();
    const element = await mount(`<rr-customer customer-id="${id}" email="thrown@example.com"></rr-customer>`);
    globals.rrApi = real;
    element.email = 'works@example.com';
    await settle();
    seen.stop();
    expect(seen.uncaught.errors).to.deep.equal([]);
    expect(seen.failures.details.map((detail) => detail.reason)).to.deep.equal(['api-threw']);
    expectNoPersonalData(seen.failures.details, id, 'thrown@example.com');
    expect(tracker.calls).to.deep.equal([{ customerId: id, email: 'works@example.com' }]);
  });

  it('the tracker loading twice runs each queued call once, and later changes still send', async () => {
    const tracker = freshTracker();
    const seen = watch();
    const id = newCustomerId();
    const element = await mount(`<rr-customer customer-id="${id}"></rr-customer>`);
    tracker.load();
    tracker.load();
    element.phone = '+79990001123';
    await settle();
    seen.stop();
    expect(seen.uncaught.errors).to.deep.equal([]);
    expect(seen.failures.details).to.deep.equal([]);
    expect(tracker.calls).to.deep.equal([{ customerId: id }, { customerId: id, phone: '+79990001123' }]);
  });

  it('the tracker loading late receives every call queued before it, in order, then later ones', async () => {
    const tracker = freshTracker();
    const seen = watch();
    const id = newCustomerId();
    const element = await mount(`<rr-customer customer-id="${id}"></rr-customer>`);
    element.email = 'first@example.com';
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(tracker.calls).to.deep.equal([]);
    tracker.load();
    element.email = 'second@example.com';
    await settle();
    seen.stop();
    expect(seen.uncaught.errors).to.deep.equal([]);
    expect(seen.failures.details).to.deep.equal([]);
    expect(tracker.calls).to.deep.equal([
      { customerId: id },
      { customerId: id, email: 'first@example.com' },
      { customerId: id, email: 'second@example.com' },
    ]);
  });
});
