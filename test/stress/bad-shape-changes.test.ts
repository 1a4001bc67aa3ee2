import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { CustomerInvalidDetail, RrCustomerElement } from '../../src/index.js';
import { tasks } from '../support/next-task.js';
import { freshTracker, recordEvents } from '../support/page.js';
import { syntheticCustomerId } from '../support/personal-data.js';

// Found by random-changes.test.ts. The README promises rr-customer-invalid for each change
// that leaves the input invalid, and that only an unchanged input is skipped; these changes
// give the element a different input, and once left it silent.

/** Counts rr-customer-invalid after each step; console warnings are kept off the output. */
async function invalidEventsPerStep(element: RrCustomerElement, steps: (() => void)[]): Promise<number[]> {
  const invalid = recordEvents<CustomerInvalidDetail>('rr-customer-invalid');
  const warn = console.warn;
  console.warn = () => {};
  const counts: number[] = [];
  try {
    document.body.append(element);
    await tasks(2);
    for (const step of steps) {
      const before = invalid.details.length;
      step();
      await tasks(2);
      counts.push(invalid.details.length - before);
    }
  } finally {
    console.warn = warn;
    invalid.stop();
    element.remove();
  }
  return counts;
}

describe('changes between two badly shaped property values', () => {
  // Bug: customerInput turns every badly shaped softLinks / customData value into `null`, and
  // the element compares inputs after that, so 'x' then 5 (or 'x' then []) count as no change.
  it('report again when a badly shaped softLinks or customData changes to another bad shape', async () => {
    freshTracker();
    const element = document.createElement('rr-customer');
    element.customerId = syntheticCustomerId();
    element.softLinks = 'x' as unknown as RrCustomerElement['softLinks'];
    const counts = await invalidEventsPerStep(element, [
      () => (element.softLinks = 5 as unknown as RrCustomerElement['softLinks']),
      () => (element.customData = 'x' as unknown as RrCustomerElement['customData']),
      () => (element.customData = [] as unknown as RrCustomerElement['customData']),
    ]);
    expect(counts).to.deep.equal([1, 1, 1]);
  });

  // Bug: a property entry that is no object at all has no name, and a child without a name
  // "replaces" it (combinedPairs filters property pairs by the children's names, undefined
  // included), so the entry vanishes from the input and changing it is not seen.
  it('report again when a soft link entry that is no object changes, beside a nameless child', async () => {
    freshTracker();
    const element = document.createElement('rr-customer');
    element.customerId = syntheticCustomerId();
    element.innerHTML = '<rr-soft-link value="orphan"></rr-soft-link>';
    element.softLinks = [null] as unknown as RrCustomerElement['softLinks'];
    const counts = await invalidEventsPerStep(element, [
      () => (element.softLinks = [7] as unknown as RrCustomerElement['softLinks']),
      () => (element.softLinks = [{ value: 'also nameless' }] as unknown as RrCustomerElement['softLinks']),
    ]);
    expect(counts).to.deep.equal([1, 1]);
  });

  it('does report a change from one bad shape to a different kind of problem (the control)', async () => {
    freshTracker();
    const element = document.createElement('rr-customer');
    element.customerId = syntheticCustomerId();
    element.softLinks = 'x' as unknown as RrCustomerElement['softLinks'];
    const counts = await invalidEventsPerStep(element, [
      () => (element.softLinks = [{ name: 'card', value: true }] as unknown as RrCustomerElement['softLinks']),
      () => (element.softLinks = [{ value: 'nameless' }] as unknown as RrCustomerElement['softLinks']),
    ]);
    expect(counts).to.deep.equal([1, 1]);
  });
});

// The element compares inputs by the values the schemas see: a value that can be no text is
// seen as the kind it is, never its content, so that the input holds none of it.
describe('changes between two bad values of the same kind', () => {
  it('are no change: nothing is reported again', async () => {
    freshTracker();
    const element = document.createElement('rr-customer');
    element.customerId = syntheticCustomerId();
    element.softLinks = 'x' as unknown as RrCustomerElement['softLinks'];
    element.customData = { tier: { level: 1 } } as unknown as RrCustomerElement['customData'];
    element.phone = Infinity;
    const counts = await invalidEventsPerStep(element, [
      () => (element.softLinks = 'y' as unknown as RrCustomerElement['softLinks']),
      () => (element.customData = { tier: { level: 2 } } as unknown as RrCustomerElement['customData']),
      () => (element.phone = -Infinity),
      () => (element.email = true as unknown as string),
      () => (element.email = false as unknown as string),
      () => (element.defaultStockId = { a: 1 } as unknown as string),
      () => (element.defaultStockId = [1, 2] as unknown as string),
    ]);
    expect(counts).to.deep.equal([0, 0, 0, 1, 0, 1, 0]);
  });

  it('are no change for a blocking field either, but another kind is', async () => {
    freshTracker();
    const element = document.createElement('rr-customer');
    element.customerId = true as unknown as string;
    const counts = await invalidEventsPerStep(element, [
      () => (element.customerId = false as unknown as string),
      () => (element.customerId = {} as unknown as string),
      () => (element.customerId = Infinity),
      () => (element.customerId = -Infinity),
      () => (element.customerId = 'guest'),
    ]);
    expect(counts).to.deep.equal([0, 1, 1, 0, 1]);
  });
});
