import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { RrCustomerElement } from '../../src/index.js';
import { tasks } from '../support/next-task.js';
import { freshTracker } from '../support/page.js';
import { syntheticCustomerId } from '../support/personal-data.js';

type Globals = { rrApiOnReady?: unknown };

/**
 * Everything an element could do, counted: reads of its children (the first step of
 * building the input), pushes onto the tracker's queue, and the three events it fires.
 */
function watchWork(element: RrCustomerElement) {
  const counts = { childReads: 0, queued: 0, send: 0, invalid: 0, error: 0 };
  const childrenOf = Object.getOwnPropertyDescriptor(Element.prototype, 'children')?.get;
  Object.defineProperty(element, 'children', {
    configurable: true,
    get(this: Element) {
      counts.childReads += 1;
      return childrenOf?.call(this) as HTMLCollection;
    },
  });
  // A queue that holds the calls, as before the tracker loads.
  const queue = { push: () => (counts.queued += 1) };
  (window as Globals).rrApiOnReady = queue;
  const listeners = {
    'rr-customer-send': () => (counts.send += 1),
    'rr-customer-invalid': () => (counts.invalid += 1),
    'rr-customer-error': () => (counts.error += 1),
  };
  for (const [type, listener] of Object.entries(listeners)) element.addEventListener(type, listener);
  const warn = console.warn;
  console.warn = () => {}; // the invalid input below warns only if the element did work
  return {
    counts,
    /** The counts since the last call, then zeroed. */
    take() {
      const taken = { ...counts };
      for (const key of Object.keys(counts) as (keyof typeof counts)[]) counts[key] = 0;
      return taken;
    },
    stop() {
      console.warn = warn;
      Reflect.deleteProperty(element, 'children');
      for (const [type, listener] of Object.entries(listeners)) element.removeEventListener(type, listener);
    },
  };
}

const NO_WORK = { childReads: 0, queued: 0, send: 0, invalid: 0, error: 0 };

/** Changes every kind of input: attributes, properties, and the children and their attributes. */
function changeEverything(element: RrCustomerElement, round: number): void {
  element.setAttribute('default-stock-id', `region-${round}`);
  element.phone = round % 2 ? 'not a phone' : '+71112223344';
  element.customData = { round: String(round) };
  element.softLinks = [{ name: 'club', value: String(round) }];
  element.querySelector('rr-soft-link')?.setAttribute('value', `card-${round}`);
  element.querySelector('rr-custom-data')?.remove();
  element.insertAdjacentHTML('beforeend', `<rr-custom-data name="tier" value="level-${round}"></rr-custom-data>`);
}

async function connectedElement(): Promise<{ element: RrCustomerElement; host: HTMLElement }> {
  const host = document.createElement('div');
  host.innerHTML = `<rr-customer><rr-soft-link name="card" value="1"></rr-soft-link><rr-custom-data name="tier" value="gold"></rr-custom-data></rr-customer>`;
  const element = host.querySelector('rr-customer') as RrCustomerElement;
  element.customerId = syntheticCustomerId();
  document.body.append(host);
  await tasks(2);
  return { element, host };
}

describe('a disconnected element', () => {
  afterEach(() => freshTracker());

  it('reads nothing, queues nothing and fires nothing, whatever changes; the same changes while connected do all of it', async () => {
    freshTracker();
    const { element, host } = await connectedElement();
    const work = watchWork(element);
    try {
      // The control: while connected, the same kind of change is seen and sent.
      changeEverything(element, 2);
      await tasks(2);
      const connected = work.take();
      expect(connected.childReads, 'the spy sees the element read its children').to.be.above(0);
      expect({ queued: connected.queued, send: connected.send }).to.deep.equal({ queued: 1, send: 1 });

      element.remove();
      for (let round = 3; round < 8; round += 1) {
        changeEverything(element, round);
        await tasks(2);
      }
      expect(work.take(), 'after remove()').to.deep.equal(NO_WORK);

      // Inside a container that is out of the document, the element is just as disconnected.
      host.remove();
      host.append(element);
      await tasks(2);
      expect(work.take(), 'moved into the detached host').to.deep.equal(NO_WORK);
      changeEverything(element, 9);
      await tasks(2);
      expect(work.take(), 'changed inside the detached host').to.deep.equal(NO_WORK);
    } finally {
      work.stop();
      host.remove();
    }
  });

  it('its children do no work either when they change on their own', async () => {
    freshTracker();
    const { element, host } = await connectedElement();
    const link = element.querySelector('rr-soft-link');
    const work = watchWork(element);
    try {
      host.remove();
      for (let round = 0; round < 5; round += 1) {
        link?.setAttribute('value', `card-${round}`);
        link?.setAttribute('name', `name-${round}`);
        if (link) link.value = `property-${round}`;
        await tasks(2);
      }
      expect(work.take()).to.deep.equal(NO_WORK);
    } finally {
      work.stop();
    }
  });

  it('an element never connected does no work', async () => {
    freshTracker();
    const element = document.createElement('rr-customer');
    element.customerId = syntheticCustomerId();
    element.innerHTML = '<rr-soft-link name="card" value="1"></rr-soft-link>';
    const work = watchWork(element);
    try {
      for (let round = 0; round < 5; round += 1) {
        changeEverything(element, round);
        await tasks(2);
      }
      expect(work.take()).to.deep.equal(NO_WORK);
    } finally {
      work.stop();
    }
  });

  it('sends on reconnection only what changed while it was away, and nothing when it all changed back', async () => {
    const tracker = freshTracker();
    tracker.load();
    const { element, host } = await connectedElement();
    const link = element.querySelector('rr-soft-link');
    const sentAtFirst = tracker.calls.length;

    // Changed while away and changed back: nothing new to send.
    host.remove();
    element.email = 'away@example.com';
    link?.setAttribute('value', '2');
    await tasks(2);
    element.email = undefined;
    link?.setAttribute('value', '1');
    document.body.append(host);
    await tasks(2);
    expect(tracker.calls.length - sentAtFirst, 'changed back before reconnecting').to.equal(0);

    // Changed while away: one call on return, with the state at that moment.
    host.remove();
    element.defaultStockId = 'msk';
    link?.setAttribute('value', '3');
    await tasks(2);
    element.defaultStockId = 'spb';
    document.body.append(host);
    await tasks(2);
    const calls = tracker.calls.slice(sentAtFirst) as { defaultStockId?: string; softLinks?: { value: string }[] }[];
    expect(calls.length, 'changed while away').to.equal(1);
    expect(calls[0]?.defaultStockId).to.equal('spb');
    expect(calls[0]?.softLinks?.[0]?.value).to.equal('3');
    host.remove();
  });
});
