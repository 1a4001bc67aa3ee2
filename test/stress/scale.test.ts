import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { CustomerPayload, RrCustomerElement } from '../../src/index.js';
import { tasks } from '../support/next-task.js';
import { freshTracker, recordEvents } from '../support/page.js';
import { syntheticCustomerId } from '../support/personal-data.js';

// Counts, not timings: how the cost grows with size is the bench's to measure (npm run bench).

const CHILDREN = 1_000;
const ELEMENTS = 100;

/** The calls and rr-customer-send events that one step of the page produces. */
async function afterStep(tracker: { calls: unknown[] }, step: () => void): Promise<CustomerPayload[]> {
  const sent = recordEvents<CustomerPayload>('rr-customer-send');
  const before = tracker.calls.length;
  step();
  await tasks(3);
  sent.stop();
  const calls = tracker.calls.slice(before) as CustomerPayload[];
  expect(sent.details.length, 'one rr-customer-send per call').to.equal(calls.length);
  return calls;
}

describe('scale', () => {
  afterEach(() => freshTracker());

  it(`an element with ${CHILDREN.toLocaleString('en')} children sends one call per change, holding every child`, async function () {
    this.timeout(30_000);
    const tracker = freshTracker();
    tracker.load();
    const element = document.createElement('rr-customer');
    element.customerId = syntheticCustomerId();
    const half = CHILDREN / 2;
    const markup: string[] = [];
    // Not the bare index: a soft link valued 0 identifies no one, and is left out.
    for (let index = 0; index < half; index += 1) {
      markup.push(
        `<rr-soft-link name="link-${index}" value="n-${index}"></rr-soft-link>`,
        `<rr-custom-data name="data-${index}" value="${index}"></rr-custom-data>`,
      );
    }
    element.innerHTML = markup.join('');
    const host = document.createElement('div');

    let calls = await afterStep(tracker, () => {
      host.append(element);
      document.body.append(host);
    });
    expect(calls.length, 'connected').to.equal(1);
    expect(calls[0]?.softLinks?.length).to.equal(half);
    expect(Object.keys(calls[0]?.customData ?? {}).length).to.equal(half);
    expect(calls[0]?.softLinks?.[half - 1]).to.deep.equal({ name: `link-${half - 1}`, value: `n-${half - 1}` });

    const links = element.querySelectorAll('rr-soft-link');
    calls = await afterStep(tracker, () => links[half - 1]?.setAttribute('value', 'changed'));
    expect(calls.length, 'one child changed').to.equal(1);
    expect(calls[0]?.softLinks?.[half - 1]?.value).to.equal('changed');

    calls = await afterStep(tracker, () => {
      for (let index = 0; index < half; index += 1) links[index]?.setAttribute('value', `again-${index}`);
    });
    expect(calls.length, `${half} children changed in one task`).to.equal(1);
    expect(calls[0]?.softLinks?.every((link, index) => link.value === `again-${index}`)).to.equal(true);

    calls = await afterStep(tracker, () =>
      element.append(Object.assign(document.createElement('rr-custom-data'), { name: 'extra', value: 'x' })),
    );
    expect(calls.length, 'a child added').to.equal(1);
    expect(Object.keys(calls[0]?.customData ?? {}).length).to.equal(half + 1);

    calls = await afterStep(tracker, () => links[0]?.setAttribute('value', 'again-0'));
    expect(calls.length, 'a child set to the value it had').to.equal(0);
    host.remove();
  });

  it(`a page with ${ELEMENTS} elements sends one call per element and per change`, async function () {
    this.timeout(30_000);
    const tracker = freshTracker();
    tracker.load();
    const host = document.createElement('div');
    const ids = Array.from({ length: ELEMENTS }, () => syntheticCustomerId());
    const elements = ids.map((id) => {
      const element = document.createElement('rr-customer');
      element.customerId = id;
      element.innerHTML = '<rr-soft-link name="card" value="1"></rr-soft-link>';
      host.append(element);
      return element;
    });
    const customersIn = (calls: CustomerPayload[]) => calls.map((call) => call.customerId).sort();

    let calls = await afterStep(tracker, () => document.body.append(host));
    expect(customersIn(calls), 'connected').to.deep.equal([...ids].sort());

    calls = await afterStep(tracker, () => {
      for (const element of elements) element.defaultStockId = 'msk';
    });
    expect(customersIn(calls), 'each changed once').to.deep.equal([...ids].sort());
    expect(calls.every((call) => call.defaultStockId === 'msk')).to.equal(true);

    calls = await afterStep(tracker, () => {
      for (const element of elements) {
        element.querySelector('rr-soft-link')?.setAttribute('value', '2');
        element.email = 'same.for.all@example.com';
        element.isAgreedToReceiveMarketingMail = false;
      }
    });
    expect(customersIn(calls), 'each changed three ways in one task').to.deep.equal([...ids].sort());

    const half = elements.slice(0, ELEMENTS / 2) as RrCustomerElement[];
    calls = await afterStep(tracker, () => {
      for (const element of half) element.phone = '+71112223344';
    });
    expect(customersIn(calls), 'half of them changed').to.deep.equal(half.map((element) => element.customerId).sort());

    calls = await afterStep(tracker, () => {
      for (const element of elements) element.defaultStockId = 'msk';
    });
    expect(calls.length, 'set to what they had').to.equal(0);
    host.remove();
  });
});
