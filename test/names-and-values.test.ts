import { expect } from '@esm-bundle/chai';
import { RrCustomDataElement, RrCustomerElement, RrSoftLinkElement } from '../src/index.js';
import { freshTracker, mount, newCustomerId, recordEvents, settle } from './support/page.js';

describe('names', () => {
  it('each parameter has a kebab-case attribute and a camelCase property', async () => {
    const id = newCustomerId();
    const element = await mount(`<rr-customer customer-id="${id}" email="a@b.co" phone="71112223344"
      default-stock-id="spb" is-agreed-to-receive-marketing-mail="1"></rr-customer>`);
    expect(element.customerId).to.equal(id);
    expect(element.email).to.equal('a@b.co');
    expect(element.phone).to.equal('71112223344');
    expect(element.defaultStockId).to.equal('spb');
    expect(element.isAgreedToReceiveMarketingMail).to.equal(true);
  });

  it('properties set from script make the same call as attributes', async () => {
    const tracker = freshTracker();
    const id = newCustomerId();
    const element = document.createElement('rr-customer');
    element.customerId = id;
    element.email = 'prop@example.com';
    element.phone = '+7 111 222 33 44';
    element.defaultStockId = 'kzn';
    element.isAgreedToReceiveMarketingMail = false;
    document.body.append(element);
    await settle();
    tracker.load();
    expect(tracker.calls).to.deep.equal([
      { customerId: id, email: 'prop@example.com', phone: '+7 111 222 33 44', defaultStockId: 'kzn', isAgreedToReceiveMarketingMail: false },
    ]);
  });

  it('children are read from rr-soft-link and rr-custom-data, in document order', async () => {
    const tracker = freshTracker();
    const id = newCustomerId();
    await mount(`<rr-customer customer-id="${id}">
      <rr-soft-link name="b" value="2"></rr-soft-link>
      <rr-custom-data name="y" value="Y"></rr-custom-data>
      <rr-soft-link name="a" value="1"></rr-soft-link>
      <div><rr-soft-link name="nested" value="ignored: not a direct child"></rr-soft-link></div>
    </rr-customer>`);
    tracker.load();
    expect(tracker.calls).to.deep.equal([
      { customerId: id, customData: { y: 'Y' }, softLinks: [{ name: 'b', value: '2' }, { name: 'a', value: '1' }] },
    ]);
  });

  it('child elements have name and value properties over their attributes', () => {
    const link = document.createElement('rr-soft-link');
    expect(link).to.be.instanceOf(RrSoftLinkElement);
    expect(link.name).to.equal('');
    link.name = 'card';
    link.value = '77';
    expect(link.getAttribute('name')).to.equal('card');
    expect(link.getAttribute('value')).to.equal('77');
    expect(document.createElement('rr-custom-data')).to.be.instanceOf(RrCustomDataElement);
    expect(document.createElement('rr-customer')).to.be.instanceOf(RrCustomerElement);
  });

  it('a child property set before the element was upgraded still counts', async () => {
    const tracker = freshTracker();
    const id = newCustomerId();
    // A document with no browsing context has no registry: its elements stay un-upgraded,
    // as a framework's may before the definition loads.
    const inert = document.implementation.createHTMLDocument();
    const link = inert.createElement('rr-soft-link') as unknown as Record<string, unknown>;
    link.name = 'card';
    link.value = '5';
    expect(Object.keys(link)).to.include.members(['name', 'value']);
    const element = await mount(`<rr-customer customer-id="${id}"></rr-customer>`);
    element.append(link as unknown as Node);
    await settle();
    expect(link).to.be.instanceOf(RrSoftLinkElement);
    expect((link as unknown as Element).getAttribute('value')).to.equal('5');
    tracker.load();
    expect(tracker.calls).to.deep.equal([{ customerId: id }, { customerId: id, softLinks: [{ name: 'card', value: '5' }] }]);
  });

  it('all three elements render nothing and are display: none', async () => {
    const element = await mount(`<rr-customer customer-id="${newCustomerId()}">
      <rr-soft-link name="a" value="1"></rr-soft-link><rr-custom-data name="b" value="2"></rr-custom-data>
    </rr-customer>`);
    for (const node of [element, ...element.children]) {
      expect(getComputedStyle(node).display, node.localName).to.equal('none');
      expect(node.getBoundingClientRect().height, node.localName).to.equal(0);
      expect(node.shadowRoot?.querySelectorAll(':not(slot)').length, node.localName).to.equal(0);
    }
  });
});

describe('empty values', () => {
  it('empty or whitespace attributes count as not given, and values are trimmed', async () => {
    const tracker = freshTracker();
    const id = newCustomerId();
    await mount(`<rr-customer customer-id="  ${id}\n" email="" phone="   " default-stock-id=" msk "
      is-agreed-to-receive-marketing-mail=" "></rr-customer>`);
    tracker.load();
    expect(tracker.calls).to.deep.equal([{ customerId: id, defaultStockId: 'msk' }]);
    expect(Object.keys(tracker.calls[0] as object)).to.deep.equal(['customerId', 'defaultStockId']);
  });

  it('leaves out softLinks and customData when no child has a value, never sending {} or []', async () => {
    const tracker = freshTracker();
    const id = newCustomerId();
    await mount(`<rr-customer customer-id="${id}">
      <rr-soft-link name="a" value=""></rr-soft-link>
      <rr-soft-link name="b"></rr-soft-link>
      <rr-custom-data name="c" value="  "></rr-custom-data>
    </rr-customer>`);
    tracker.load();
    expect(tracker.calls).to.deep.equal([{ customerId: id }]);
    expect(Object.keys(tracker.calls[0] as object)).to.deep.equal(['customerId']);
  });

  it('trims child names and values', async () => {
    const tracker = freshTracker();
    const id = newCustomerId();
    await mount(`<rr-customer customer-id="${id}">
      <rr-soft-link name=" card " value=" 1 "></rr-soft-link>
      <rr-custom-data name=" tier" value="gold "></rr-custom-data>
    </rr-customer>`);
    tracker.load();
    expect(tracker.calls).to.deep.equal([{ customerId: id, customData: { tier: 'gold' }, softLinks: [{ name: 'card', value: '1' }] }]);
  });

  it('a property set to an empty string or null counts as not given', async () => {
    const tracker = freshTracker();
    const id = newCustomerId();
    const element = document.createElement('rr-customer');
    element.customerId = id;
    element.email = '';
    (element as unknown as { phone: null }).phone = null;
    document.body.append(element);
    await settle();
    tracker.load();
    expect(tracker.calls).to.deep.equal([{ customerId: id }]);
  });
});

describe('consent', () => {
  const cases: [string, boolean][] = [
    ['true', true], ['TRUE', true], ['True', true], ['1', true],
    ['false', false], ['FALSE', false], ['False', false], ['0', false], [' false ', false],
  ];
  for (const [written, sent] of cases) {
    it(`"${written}" sends ${String(sent)}`, async () => {
      const tracker = freshTracker();
      const id = newCustomerId();
      await mount(`<rr-customer customer-id="${id}" is-agreed-to-receive-marketing-mail="${written}"></rr-customer>`);
      tracker.load();
      expect(tracker.calls).to.deep.equal([{ customerId: id, isAgreedToReceiveMarketingMail: sent }]);
    });
  }

  it('an absent attribute leaves the key out: the element never states a consent the page did not', async () => {
    const tracker = freshTracker();
    const id = newCustomerId();
    await mount(`<rr-customer customer-id="${id}"></rr-customer>`);
    tracker.load();
    expect(tracker.calls).to.have.length(1);
    expect(tracker.calls[0]).not.to.have.property('isAgreedToReceiveMarketingMail');
  });

  for (const written of ['yes', 'no', '2', 'truee', 'on', '[object Object]']) {
    it(`"${written}" is invalid`, async () => {
      const tracker = freshTracker();
      const invalid = recordEvents<{ issues: { field: string }[] }>('rr-customer-invalid');
      await mount(`<rr-customer customer-id="${newCustomerId()}" is-agreed-to-receive-marketing-mail="${written}"></rr-customer>`);
      invalid.stop();
      tracker.load();
      expect(tracker.calls).to.deep.equal([]);
      expect(invalid.details.map((detail) => detail.issues.map((issue) => issue.field))).to.deep.equal([
        ['isAgreedToReceiveMarketingMail'],
      ]);
    });
  }
});
