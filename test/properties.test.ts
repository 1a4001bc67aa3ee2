import { expect } from '@esm-bundle/chai';
import '../src/index.js';
import type { CustomerIssue, RrCustomerElement } from '../src/index.js';
import { freshTracker, mount, newCustomerId, recordEvents, settle } from './support/page.js';
import { captureUncaught } from './support/uncaught.js';

/** A loaded tracker and an element for a customer of its own, with the first call already made. */
async function loadedElement(children = '') {
  const tracker = freshTracker();
  tracker.load();
  const id = newCustomerId();
  const element = await mount(`<rr-customer customer-id="${id}">${children}</rr-customer>`);
  tracker.calls.length = 0;
  return { tracker, id, element };
}

/** Applies a change to the element and says what came of it. */
async function afterChange(element: RrCustomerElement, change: (element: RrCustomerElement) => void) {
  const invalid = recordEvents<{ issues: CustomerIssue[] }>('rr-customer-invalid');
  const uncaught = captureUncaught();
  change(element);
  await settle();
  invalid.stop();
  uncaught.stop();
  return { issues: invalid.details.map((detail) => detail.issues), uncaught: uncaught.errors };
}

describe('the customData and softLinks properties', () => {
  it('customData, set as an object, is sent as that object', async () => {
    const { tracker, id, element } = await loadedElement();
    await afterChange(element, (el) => (el.customData = { city: 'Moscow', tier: 'gold' }));
    expect(tracker.calls).to.deep.equal([{ customerId: id, customData: { city: 'Moscow', tier: 'gold' } }]);
  });

  it('softLinks, set as a list of pairs, is sent as that list', async () => {
    const { tracker, id, element } = await loadedElement();
    await afterChange(element, (el) => (el.softLinks = [{ name: 'crm', value: 'c-1' }, { name: 'loyalty', value: 'l-2' }]));
    expect(tracker.calls).to.deep.equal([
      { customerId: id, softLinks: [{ name: 'crm', value: 'c-1' }, { name: 'loyalty', value: 'l-2' }] },
    ]);
  });

  it('combine with the children; a child wins for a name both give', async () => {
    const children = '<rr-custom-data name="city" value="Kazan"></rr-custom-data><rr-soft-link name="crm" value="from-markup"></rr-soft-link>';
    const { tracker, id, element } = await loadedElement(children);
    await afterChange(element, (el) => {
      el.customData = { city: 'Moscow', tier: 'gold' };
      el.softLinks = [{ name: 'crm', value: 'from-property' }, { name: 'loyalty', value: 'l-2' }];
    });
    expect(tracker.calls).to.deep.equal([
      {
        customerId: id,
        customData: { tier: 'gold', city: 'Kazan' },
        softLinks: [{ name: 'loyalty', value: 'l-2' }, { name: 'crm', value: 'from-markup' }],
      },
    ]);
  });

  it('several property changes in one task make one call', async () => {
    const { tracker, id, element } = await loadedElement();
    await afterChange(element, (el) => {
      el.customData = { a: '1' };
      el.softLinks = [{ name: 'crm', value: 'c-1' }];
      el.customData = { a: '2' };
      el.email = 'batch@example.com';
    });
    expect(tracker.calls).to.deep.equal([
      { customerId: id, email: 'batch@example.com', customData: { a: '2' }, softLinks: [{ name: 'crm', value: 'c-1' }] },
    ]);
  });

  it('a new object with the same content sends nothing', async () => {
    const { tracker, element } = await loadedElement();
    await afterChange(element, (el) => (el.customData = { a: '1' }));
    await afterChange(element, (el) => (el.customData = { a: '1' }));
    await afterChange(element, (el) => (el.softLinks = []));
    expect(tracker.calls).to.have.length(1);
  });

  it('empty values and empty collections are left out, as for attributes', async () => {
    const { tracker, id, element } = await loadedElement();
    await afterChange(element, (el) => {
      el.email = 'empty@example.com';
      el.customData = { blank: '  ', none: '' };
      el.softLinks = [{ name: 'crm', value: ' ' }];
    });
    expect(tracker.calls).to.deep.equal([{ customerId: id, email: 'empty@example.com' }]);
  });

  it('an empty string, as Preact sets for a removed prop, removes them as undefined does', async () => {
    const { tracker, id, element } = await loadedElement();
    await afterChange(element, (el) => {
      el.customData = { a: '1' };
      el.softLinks = [{ name: 'crm', value: 'c-1' }];
    });
    const { issues } = await afterChange(element, (el) => {
      el.customData = '' as never;
      el.softLinks = '' as never;
    });
    expect(issues).to.deep.equal([]);
    expect(tracker.calls.at(-1)).to.deep.equal({ customerId: id });
  });

  it('setting them back to undefined or null removes them from the next call', async () => {
    const { tracker, id, element } = await loadedElement();
    await afterChange(element, (el) => {
      el.customData = { a: '1' };
      el.softLinks = [{ name: 'crm', value: 'c-1' }];
    });
    await afterChange(element, (el) => {
      el.customData = undefined;
      (el as unknown as { softLinks: null }).softLinks = null;
      el.phone = '+79990001124';
    });
    expect(tracker.calls.at(-1)).to.deep.equal({ customerId: id, phone: '+79990001124' });
  });

  const badShapes: [string, (el: RrCustomerElement) => void, CustomerIssue][] = [
    ['a number as a custom data value', (el) => (el.customData = { age: 30 } as never), { field: 'customData', message: 'each custom data value must be text' }],
    ['custom data as a string', (el) => (el.customData = 'city=Moscow' as never), { field: 'customData', message: 'customData must be an object of names to text values' }],
    ['custom data as an array', (el) => (el.customData = [{ name: 'a', value: 'b' }] as never), { field: 'customData', message: 'customData must be an object of names to text values' }],
    ['a soft link without a name', (el) => (el.softLinks = [{ value: 'c-1' }] as never), { field: 'softLinks', message: 'each soft link with a value needs a name, as text' }],
    ['a soft link with a number value', (el) => (el.softLinks = [{ name: 'crm', value: 7 }] as never), { field: 'softLinks', message: 'each soft link value must be text' }],
    ['a soft link that is no object', (el) => (el.softLinks = [null] as never), { field: 'softLinks', message: 'each soft link must be a { name, value } object' }],
    ['soft links as an object', (el) => (el.softLinks = { crm: 'c-1' } as never), { field: 'softLinks', message: 'softLinks must be a list of { name, value } objects' }],
  ];
  for (const [what, change, issue] of badShapes) {
    it(`${what} is reported as rr-customer-invalid, never thrown, and nothing is sent`, async () => {
      const { tracker, element } = await loadedElement();
      const { issues, uncaught } = await afterChange(element, change);
      expect(uncaught).to.deep.equal([]);
      expect(issues).to.deep.equal([[issue]]);
      expect(tracker.calls).to.deep.equal([]);
    });
  }

  it('after a bad shape, a good value sends again', async () => {
    const { tracker, id, element } = await loadedElement();
    await afterChange(element, (el) => (el.customData = { age: 30 } as never));
    await afterChange(element, (el) => (el.customData = { age: '30' }));
    expect(tracker.calls).to.deep.equal([{ customerId: id, customData: { age: '30' } }]);
  });
});
