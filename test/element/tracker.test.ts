import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { freshTracker, mount, newCustomerId, settle } from '../support/page.js';
import { captureUncaught } from '../support/uncaught.js';

type Globals = { rrApi?: unknown; rrApiOnReady?: unknown };
const globals = window as unknown as Globals;

describe('the tracker', () => {
  it('creates the rrApiOnReady array when absent and queues one function on it', async () => {
    freshTracker();
    await mount(`<rr-customer customer-id="${newCustomerId()}"></rr-customer>`);
    expect(globals.rrApiOnReady).to.be.an('array').with.length(1);
    expect((globals.rrApiOnReady as unknown[])[0]).to.be.a('function');
  });

  it('pushes onto the queue the site snippet already made', async () => {
    const tracker = freshTracker();
    const siteQueue: unknown[] = [() => undefined];
    globals.rrApiOnReady = siteQueue;
    await mount(`<rr-customer customer-id="${newCustomerId()}"></rr-customer>`);
    expect(globals.rrApiOnReady).to.equal(siteQueue);
    expect(siteQueue).to.have.length(2);
    tracker.load();
    expect(tracker.calls).to.have.length(1);
  });

  it('never calls rrApi itself: a setCustomer present before the queue runs is left alone', async () => {
    freshTracker();
    const early: unknown[] = [];
    globals.rrApi = { setCustomer: (payload: unknown) => early.push(payload) };
    await mount(`<rr-customer customer-id="${newCustomerId()}"></rr-customer>`);
    expect(early).to.deep.equal([]);
    const queued = globals.rrApiOnReady as (() => void)[];
    queued.forEach((run) => run());
    expect(early).to.have.length(1);
  });

  it('a call made before the tracker loads and one made after each arrive exactly once', async () => {
    const tracker = freshTracker();
    globals.rrApi = {}; // the site snippet's stub, which has no setCustomer
    const id = newCustomerId();
    const element = await mount(`<rr-customer customer-id="${id}"></rr-customer>`);
    tracker.load();
    expect(globals.rrApiOnReady).not.to.be.an('array');
    element.email = 'after@example.com';
    await settle();
    element.phone = '71112223344';
    await settle();
    expect(tracker.calls).to.deep.equal([
      { customerId: id },
      { customerId: id, email: 'after@example.com' },
      { customerId: id, email: 'after@example.com', phone: '71112223344' },
    ]);
  });

  it('looks rrApi up when the queued function runs, not when it was queued', async () => {
    const tracker = freshTracker();
    const stub = {
      setCustomer: () => {
        throw new Error('the stub must not be used');
      },
    };
    globals.rrApi = stub;
    const id = newCustomerId();
    await mount(`<rr-customer customer-id="${id}"></rr-customer>`);
    tracker.load(); // replaces rrApi before running the queue
    expect(tracker.calls).to.deep.equal([{ customerId: id }]);
  });

  it('a setCustomer that throws breaks neither the page nor the element', async () => {
    const tracker = freshTracker();
    tracker.load();
    const uncaught = captureUncaught();
    const received: unknown[] = [];
    let fail = true;
    globals.rrApi = {
      setCustomer: (payload: unknown) => {
        if (fail) throw new Error('tracker failure');
        received.push(payload);
      },
    };
    const id = newCustomerId();
    const element = await mount(`<rr-customer customer-id="${id}"></rr-customer>`);
    fail = false;
    element.email = 'still@works.co';
    await settle();
    uncaught.stop();
    expect(uncaught.errors).to.deep.equal([]);
    expect(received).to.deep.equal([{ customerId: id, email: 'still@works.co' }]);
  });

  it('a queued function run with no rrApi at all throws nothing', async () => {
    freshTracker();
    await mount(`<rr-customer customer-id="${newCustomerId()}"></rr-customer>`);
    const queued = globals.rrApiOnReady as (() => void)[];
    expect(() => queued.forEach((run) => run())).not.to.throw();
  });
});

describe('the tracker, when its queue is junk', () => {
  for (const [what, junk] of [
    ['a string', 'not a queue'],
    ['an object without push', { length: 0 }],
    ['a push that is no function', { push: 1 }],
  ] as const) {
    it(`replaces ${what} with a new queue and throws nothing`, async () => {
      const tracker = freshTracker();
      globals.rrApiOnReady = junk;
      const uncaught = captureUncaught();
      const id = newCustomerId();
      await mount(`<rr-customer customer-id="${id}"></rr-customer>`);
      uncaught.stop();
      expect(uncaught.errors).to.deep.equal([]);
      expect(globals.rrApiOnReady).to.be.an('array').with.length(1);
      tracker.load();
      expect(tracker.calls).to.deep.equal([{ customerId: id }]);
    });
  }
});
