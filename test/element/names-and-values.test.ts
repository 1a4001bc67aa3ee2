import { expect } from '@esm-bundle/chai';
import {
  RrCustomDataElement,
  RrCustomerElement,
  RrSoftLinkElement,
  type CustomerInvalidDetail,
  type CustomerIssue,
} from '../../src/index.js';
import { freshTracker, mount, newCustomerId, recordEvents, settle } from '../support/page.js';

describe('names', () => {
  it('each parameter has a kebab-case attribute and a camelCase property', async () => {
    const id = newCustomerId();
    const element = await mount(`<rr-customer customer-id="${id}" email="a@b.co" phone="71112223344"
      default-stock-id="spb" is-agreed-to-receive-marketing-mail="1"></rr-customer>`);
    expect(element.customerId).to.equal(id);
    expect(element.email).to.equal('a@b.co');
    expect(element.phone).to.equal('71112223344');
    expect(element.defaultStockId).to.equal('spb');
    // The property keeps the attribute's text; reading it is the core's work.
    expect(element.isAgreedToReceiveMarketingMail).to.equal('1');
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
      {
        customerId: id,
        email: 'prop@example.com',
        phone: '+7 111 222 33 44',
        defaultStockId: 'kzn',
        isAgreedToReceiveMarketingMail: false,
      },
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
      {
        customerId: id,
        customData: { y: 'Y' },
        softLinks: [
          { name: 'b', value: '2' },
          { name: 'a', value: '1' },
        ],
      },
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
    expect(tracker.calls).to.deep.equal([
      { customerId: id },
      { customerId: id, softLinks: [{ name: 'card', value: '5' }] },
    ]);
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
    const invalid = recordEvents('rr-customer-invalid');
    const id = newCustomerId();
    await mount(`<rr-customer customer-id="  ${id}\n" email="" phone="   " default-stock-id=" msk "></rr-customer>`);
    invalid.stop();
    tracker.load();
    expect(invalid.details).to.deep.equal([]);
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
    expect(tracker.calls).to.deep.equal([
      { customerId: id, customData: { tier: 'gold' }, softLinks: [{ name: 'card', value: '1' }] },
    ]);
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

/** Issues as `[field, code]`, what listeners match on; the wording is for people and may change. */
const codesOf = (issues: readonly CustomerIssue[]) => issues.map(({ field, code }) => [field, code]);

/** What one element, connected once, made: the calls, and each rr-customer-invalid as [sent, fields]. */
async function connectOnce(setUp: (element: RrCustomerElement) => void, children = '') {
  const tracker = freshTracker();
  const invalid = recordEvents<CustomerInvalidDetail>('rr-customer-invalid');
  const warn = console.warn;
  console.warn = () => {};
  const element = document.createElement('rr-customer');
  element.innerHTML = children;
  setUp(element);
  try {
    document.body.append(element);
    await settle();
  } finally {
    element.remove();
    console.warn = warn;
    invalid.stop();
  }
  tracker.load();
  return {
    calls: tracker.calls,
    reports: invalid.details.map((detail) => [detail.sent, detail.issues.map((issue) => issue.field)]),
    issues: invalid.details.flatMap((detail) => detail.issues),
  };
}

describe('placeholders are not values', () => {
  // Every placeholder in every case is test/core's table; two prove the element's reading of each place.
  const cased = ['None', ' null\n'];

  it('as an attribute of an optional field, each counts as not given: nothing is reported', async () => {
    for (const text of cased) {
      const id = newCustomerId();
      const { calls, reports } = await connectOnce((element) => {
        element.setAttribute('customer-id', id);
        for (const attribute of ['email', 'phone', 'default-stock-id']) element.setAttribute(attribute, text);
      });
      expect(reports, text).to.deep.equal([]);
      expect(calls, text).to.deep.equal([{ customerId: id }]);
    }
  });

  it('as a property, each counts as not given too', async () => {
    for (const text of cased) {
      const id = newCustomerId();
      const { calls, reports } = await connectOnce((element) => {
        Object.assign(element, {
          customerId: id,
          email: text,
          phone: text,
          defaultStockId: text,
          customData: text,
          softLinks: text,
        });
      });
      expect(reports, text).to.deep.equal([]);
      expect(calls, text).to.deep.equal([{ customerId: id }]);
    }
  });

  it('as the customer ID, each leaves the call without one: customerId is required', async () => {
    for (const text of cased) {
      const { calls, issues } = await connectOnce((element) => element.setAttribute('customer-id', text));
      expect(calls, text).to.deep.equal([]);
      expect(
        issues.map(({ code, field }) => ({ code, field })),
        text,
      ).to.deep.equal([{ code: 'required', field: 'customerId' }]);
    }
  });

  it("as a child's value, each leaves the child out; as its name, the child has none", async () => {
    for (const text of cased) {
      const id = newCustomerId();
      const { calls, reports, issues } = await connectOnce(
        (element) => element.setAttribute('customer-id', id),
        `<rr-soft-link name="card" value="${text}"></rr-soft-link><rr-custom-data name="tier" value="${text}"></rr-custom-data>
         <rr-soft-link name="${text}" value="c-1"></rr-soft-link><rr-custom-data name="${text}" value="gold"></rr-custom-data>
         <rr-custom-data name="city" value="Kazan"></rr-custom-data>`,
      );
      expect(calls, text).to.deep.equal([{ customerId: id, customData: { city: 'Kazan' } }]);
      expect(reports, text).to.deep.equal([[true, ['customData', 'softLinks']]]);
      expect(issues.map((issue) => issue.code)).to.deep.equal(['pair-without-name', 'pair-without-name']);
    }
  });

  it('text that only holds a placeholder is a value', async () => {
    const id = newCustomerId();
    const { calls, reports } = await connectOnce((element) => {
      element.setAttribute('customer-id', id);
      element.setAttribute('default-stock-id', 'null-region');
      element.customData = { note: 'None of these', kind: 'nil-ish' };
    });
    expect(reports).to.deep.equal([]);
    expect(calls).to.deep.equal([
      { customerId: id, defaultStockId: 'null-region', customData: { note: 'None of these', kind: 'nil-ish' } },
    ]);
  });
});

describe('consent', () => {
  // Every consent word in every case is test/core's table: one yes and one no read from the attribute.
  const cases: [string, boolean][] = [
    ['Y', true],
    [' off ', false],
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

  for (const written of ['', 'None']) {
    it(`present as "${written}" (empty or a placeholder) sends false`, async () => {
      const tracker = freshTracker();
      const id = newCustomerId();
      await mount(`<rr-customer customer-id="${id}" is-agreed-to-receive-marketing-mail="${written}"></rr-customer>`);
      tracker.load();
      expect(tracker.calls).to.deep.equal([{ customerId: id, isAgreedToReceiveMarketingMail: false }]);
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

  it('a removed attribute leaves the key out again', async () => {
    const tracker = freshTracker();
    const id = newCustomerId();
    const element = await mount(
      `<rr-customer customer-id="${id}" is-agreed-to-receive-marketing-mail=""></rr-customer>`,
    );
    element.removeAttribute('is-agreed-to-receive-marketing-mail');
    await settle();
    tracker.load();
    expect(tracker.calls).to.deep.equal([
      { customerId: id, isAgreedToReceiveMarketingMail: false },
      { customerId: id },
    ]);
  });

  for (const written of ['maybe']) {
    it(`"${written}" is invalid and nothing is queued`, async () => {
      const tracker = freshTracker();
      const invalid = recordEvents<CustomerInvalidDetail>('rr-customer-invalid');
      const warn = console.warn;
      console.warn = () => {};
      await mount(
        `<rr-customer customer-id="${newCustomerId()}" email="a@b.co" is-agreed-to-receive-marketing-mail="${written}"></rr-customer>`,
      );
      console.warn = warn;
      invalid.stop();
      tracker.load();
      expect(tracker.calls).to.deep.equal([]);
      expect(
        invalid.details.map(({ issues, sent }) => ({
          sent,
          issues: issues.map(({ code, field }) => ({ code, field })),
        })),
      ).to.deep.equal([
        { sent: false, issues: [{ code: 'invalid-consent', field: 'isAgreedToReceiveMarketingMail' }] },
      ]);
    });
  }

  it('as a property: a boolean as it is, text read as the attribute, undefined and null leave the key out', async () => {
    const given: [unknown, boolean | undefined][] = [
      [true, true],
      [false, false],
      ['Y', true],
      [' off ', false],
      ['', false],
      ['None', false],
      [1, true],
      [0, false],
      [undefined, undefined],
      [null, undefined],
    ];
    for (const [value, expected] of given) {
      const id = newCustomerId();
      const { calls, reports } = await connectOnce((element) =>
        Object.assign(element, { customerId: id, isAgreedToReceiveMarketingMail: value }),
      );
      expect(reports, String(value)).to.deep.equal([]);
      expect(calls, String(value)).to.deep.equal([
        expected === undefined ? { customerId: id } : { customerId: id, isAgreedToReceiveMarketingMail: expected },
      ]);
    }
  });

  it('as a property, other text, an object or Infinity blocks the call', async () => {
    for (const value of ['perhaps', { agreed: true }, [true], Infinity]) {
      const { calls, reports } = await connectOnce((element) =>
        Object.assign(element, { customerId: newCustomerId(), isAgreedToReceiveMarketingMail: value }),
      );
      expect(calls, typeof value).to.deep.equal([]);
      expect(reports, typeof value).to.deep.equal([[false, ['isAgreedToReceiveMarketingMail']]]);
    }
  });

  it("the property keeps the attribute's text, and the payload has the boolean", async () => {
    const tracker = freshTracker();
    const id = newCustomerId();
    const element = await mount(
      `<rr-customer customer-id="${id}" is-agreed-to-receive-marketing-mail="Yes"></rr-customer>`,
    );
    expect(element.isAgreedToReceiveMarketingMail).to.equal('Yes');
    element.setAttribute('is-agreed-to-receive-marketing-mail', '');
    await settle();
    expect(element.isAgreedToReceiveMarketingMail).to.equal('');
    tracker.load();
    expect(tracker.calls).to.deep.equal([
      { customerId: id, isAgreedToReceiveMarketingMail: true },
      { customerId: id, isAgreedToReceiveMarketingMail: false },
    ]);
  });
});

describe('numbers are text', () => {
  it('a finite number as a property is sent as its decimal text, in every text field and pair', async () => {
    const { calls, reports } = await connectOnce((element) => {
      Object.assign(element, {
        customerId: 4217,
        phone: 71112223344,
        defaultStockId: 7,
        customData: { visits: 12, rating: 4.5, tier: 'gold' },
        softLinks: [
          { name: 'crm', value: 1001 },
          { name: 'card', value: '77' },
        ],
      });
    });
    expect(reports).to.deep.equal([]);
    expect(calls).to.deep.equal([
      {
        customerId: '4217',
        phone: '71112223344',
        customData: { visits: '12', rating: '4.5', tier: 'gold' },
        defaultStockId: '7',
        softLinks: [
          { name: 'crm', value: '1001' },
          { name: 'card', value: '77' },
        ],
      },
    ]);
  });

  it('a number and its text are the same input: setting one after the other sends nothing', async () => {
    const tracker = freshTracker();
    const element = document.createElement('rr-customer');
    element.customerId = 4218;
    element.customData = { visits: 3 };
    document.body.append(element);
    await settle();
    element.customerId = '4218';
    element.customData = { visits: '3' };
    await settle();
    element.remove();
    tracker.load();
    expect(tracker.calls).to.deep.equal([{ customerId: '4218', customData: { visits: '3' } }]);
  });

  it('NaN is a placeholder: not given', async () => {
    const id = newCustomerId();
    const { calls, reports } = await connectOnce((element) =>
      Object.assign(element, {
        customerId: id,
        phone: NaN,
        defaultStockId: NaN,
        customData: { visits: NaN },
        softLinks: [{ name: 'crm', value: NaN }],
      }),
    );
    expect(reports).to.deep.equal([]);
    expect(calls).to.deep.equal([{ customerId: id }]);
    const none = await connectOnce((element) => (element.customerId = NaN));
    expect(none.calls).to.deep.equal([]);
    expect(codesOf(none.issues)).to.deep.equal([['customerId', 'required']]);
  });

  it('Infinity is invalid: as the customer ID it blocks, elsewhere it leaves its field or pair out', async () => {
    const blocked = await connectOnce((element) => (element.customerId = -Infinity));
    expect(blocked.calls).to.deep.equal([]);
    expect(codesOf(blocked.issues)).to.deep.equal([['customerId', 'not-text']]);

    const id = newCustomerId();
    const partial = await connectOnce((element) =>
      Object.assign(element, {
        customerId: id,
        phone: Infinity,
        defaultStockId: Infinity,
        customData: { visits: Infinity, tier: 'gold' },
        softLinks: [{ name: 'crm', value: Infinity }],
      }),
    );
    expect(partial.calls).to.deep.equal([{ customerId: id, customData: { tier: 'gold' } }]);
    expect(partial.reports.map(([sent]) => sent)).to.deep.equal([true]);
    expect(codesOf(partial.issues)).to.deep.equal(
      ['phone', 'customData', 'defaultStockId', 'softLinks'].map((field) => [field, 'not-text']),
    );
  });

  it('a boolean or an object where text belongs is invalid, named by its kind', async () => {
    const blocked = await connectOnce((element) => Object.assign(element, { customerId: false }));
    expect(blocked.calls).to.deep.equal([]);
    expect(codesOf(blocked.issues)).to.deep.equal([['customerId', 'not-text']]);

    const id = newCustomerId();
    const partial = await connectOnce((element) =>
      Object.assign(element, {
        customerId: id,
        email: true,
        phone: { number: '71112223344' },
        customData: { vip: true, tier: 'gold' },
        softLinks: [
          { name: 'crm', value: { id: 1 } },
          { name: { n: 1 }, value: 'c-1' },
        ],
      }),
    );
    expect(partial.calls).to.deep.equal([{ customerId: id, customData: { tier: 'gold' } }]);
    expect(codesOf(partial.issues)).to.deep.equal(
      ['email', 'phone', 'customData', 'softLinks', 'softLinks'].map((field) => [field, 'not-text']),
    );
    expect(partial.reports.map(([sent]) => sent)).to.deep.equal([true]);
  });
});
