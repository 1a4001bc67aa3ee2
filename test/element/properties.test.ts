import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { CustomerInvalidDetail, CustomerIssue, RrCustomerElement } from '../../src/index.js';
import { freshTracker, mount, newCustomerId, recordEvents, settle } from '../support/page.js';
import { captureUncaught } from '../support/uncaught.js';

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
  const invalid = recordEvents<CustomerInvalidDetail>('rr-customer-invalid');
  const uncaught = captureUncaught();
  const warn = console.warn;
  console.warn = () => {};
  try {
    change(element);
    await settle();
  } finally {
    console.warn = warn;
    invalid.stop();
    uncaught.stop();
  }
  return {
    issues: invalid.details.map((detail) => [...detail.issues]),
    sent: invalid.details.map((detail) => detail.sent),
    uncaught: uncaught.errors,
  };
}

/** Children of both kinds, and what they send. */
const CHILDREN =
  '<rr-custom-data name="city" value="Kazan"></rr-custom-data><rr-soft-link name="card" value="77"></rr-soft-link>';
const CHILDREN_PAYLOAD = { customData: { city: 'Kazan' }, softLinks: [{ name: 'card', value: '77' }] };

describe('the customData and softLinks properties', () => {
  it('customData, set as an object, is sent as that object', async () => {
    const { tracker, id, element } = await loadedElement();
    await afterChange(element, (el) => (el.customData = { city: 'Moscow', tier: 'gold' }));
    expect(tracker.calls).to.deep.equal([{ customerId: id, customData: { city: 'Moscow', tier: 'gold' } }]);
  });

  it('softLinks, set as a list of pairs, is sent as that list', async () => {
    const { tracker, id, element } = await loadedElement();
    await afterChange(
      element,
      (el) =>
        (el.softLinks = [
          { name: 'crm', value: 'c-1' },
          { name: 'loyalty', value: 'l-2' },
        ]),
    );
    expect(tracker.calls).to.deep.equal([
      {
        customerId: id,
        softLinks: [
          { name: 'crm', value: 'c-1' },
          { name: 'loyalty', value: 'l-2' },
        ],
      },
    ]);
  });

  it('combine with the children; a child wins for a name both give', async () => {
    const children =
      '<rr-custom-data name="city" value="Kazan"></rr-custom-data><rr-soft-link name="crm" value="from-markup"></rr-soft-link>';
    const { tracker, id, element } = await loadedElement(children);
    await afterChange(element, (el) => {
      el.customData = { city: 'Moscow', tier: 'gold' };
      el.softLinks = [
        { name: 'crm', value: 'from-property' },
        { name: 'loyalty', value: 'l-2' },
      ];
    });
    expect(tracker.calls).to.deep.equal([
      {
        customerId: id,
        customData: { tier: 'gold', city: 'Kazan' },
        softLinks: [
          { name: 'loyalty', value: 'l-2' },
          { name: 'crm', value: 'from-markup' },
        ],
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
      {
        customerId: id,
        email: 'batch@example.com',
        customData: { a: '2' },
        softLinks: [{ name: 'crm', value: 'c-1' }],
      },
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

  it('numbers as custom data and soft link values are sent as their text', async () => {
    const { tracker, id, element } = await loadedElement();
    const { issues } = await afterChange(element, (el) => {
      el.customData = { age: 30, rating: 4.5 };
      el.softLinks = [{ name: 'crm', value: 1001 }];
    });
    expect(issues).to.deep.equal([]);
    expect(tracker.calls).to.deep.equal([
      { customerId: id, customData: { age: '30', rating: '4.5' }, softLinks: [{ name: 'crm', value: '1001' }] },
    ]);
  });

  const shape = (field: string, shape: string) => `${field} must be ${shape}`;
  const CUSTOM_DATA_SHAPE = shape('customData', 'a plain object of names to values');
  const SOFT_LINKS_SHAPE = shape('softLinks', 'a list of { name, value } objects');
  const badShapes: [string, (el: RrCustomerElement) => void, CustomerIssue][] = [
    [
      'custom data as a string',
      (el) => (el.customData = 'city=Moscow' as never),
      { code: 'wrong-shape', field: 'customData', message: `${CUSTOM_DATA_SHAPE}, not text` },
    ],
    [
      'custom data as a number',
      (el) => (el.customData = 7 as never),
      { code: 'wrong-shape', field: 'customData', message: `${CUSTOM_DATA_SHAPE}, not a number` },
    ],
    [
      'custom data as true',
      (el) => (el.customData = true as never),
      { code: 'wrong-shape', field: 'customData', message: `${CUSTOM_DATA_SHAPE}, not true or false` },
    ],
    [
      'custom data as an array',
      (el) => (el.customData = [{ name: 'a', value: 'b' }] as never),
      { code: 'wrong-shape', field: 'customData', message: `${CUSTOM_DATA_SHAPE}, not a list` },
    ],
    [
      'custom data as a Map',
      (el) => (el.customData = new Map([['a', 'b']]) as never),
      { code: 'wrong-shape', field: 'customData', message: `${CUSTOM_DATA_SHAPE}, not an object of another kind` },
    ],
    [
      'custom data as a Date',
      (el) => (el.customData = new Date(0) as never),
      { code: 'wrong-shape', field: 'customData', message: `${CUSTOM_DATA_SHAPE}, not an object of another kind` },
    ],
    [
      'a custom data value that is an object',
      (el) => (el.customData = { tier: { level: 'gold' } } as never),
      { code: 'not-text', field: 'customData', message: 'each custom data value must be text, not an object' },
    ],
    [
      'a custom data value that is true',
      (el) => (el.customData = { vip: true } as never),
      { code: 'not-text', field: 'customData', message: 'each custom data value must be text, not true or false' },
    ],
    [
      'a soft link without a name',
      (el) => (el.softLinks = [{ value: 'c-1' }] as never),
      { code: 'pair-without-name', field: 'softLinks', message: 'each soft link with a value needs a name' },
    ],
    [
      'a soft link with a placeholder for a name',
      (el) => (el.softLinks = [{ name: 'None', value: 'c-1' }] as never),
      { code: 'pair-without-name', field: 'softLinks', message: 'each soft link with a value needs a name' },
    ],
    [
      'a soft link with a boolean value',
      (el) => (el.softLinks = [{ name: 'crm', value: false }] as never),
      { code: 'not-text', field: 'softLinks', message: 'each soft link value must be text, not true or false' },
    ],
    [
      'a soft link that is null',
      (el) => (el.softLinks = [null] as never),
      { code: 'wrong-shape', field: 'softLinks', message: 'each soft link must be a { name, value } object, not null' },
    ],
    [
      'a soft link that is text',
      (el) => (el.softLinks = ['crm'] as never),
      { code: 'wrong-shape', field: 'softLinks', message: 'each soft link must be a { name, value } object, not text' },
    ],
    [
      'a soft link that is a number',
      (el) => (el.softLinks = [5] as never),
      {
        code: 'wrong-shape',
        field: 'softLinks',
        message: 'each soft link must be a { name, value } object, not a number',
      },
    ],
    // The message names the entry's kind; for undefined, src's kindOf falls back to 'an object'.
    [
      'a soft link that is undefined',
      (el) => (el.softLinks = [undefined] as never),
      {
        code: 'wrong-shape',
        field: 'softLinks',
        message: 'each soft link must be a { name, value } object, not undefined',
      },
    ],
    [
      'soft links as an object',
      (el) => (el.softLinks = { crm: 'c-1' } as never),
      { code: 'wrong-shape', field: 'softLinks', message: `${SOFT_LINKS_SHAPE}, not an object of another kind` },
    ],
    [
      'soft links as text',
      (el) => (el.softLinks = 'crm=c-1' as never),
      { code: 'wrong-shape', field: 'softLinks', message: `${SOFT_LINKS_SHAPE}, not text` },
    ],
    [
      'soft links as a number',
      (el) => (el.softLinks = 5 as never),
      { code: 'wrong-shape', field: 'softLinks', message: `${SOFT_LINKS_SHAPE}, not a number` },
    ],
    [
      'soft links as a function',
      (el) => (el.softLinks = (() => []) as never),
      { code: 'wrong-shape', field: 'softLinks', message: `${SOFT_LINKS_SHAPE}, not a function` },
    ],
  ];
  for (const [what, change, issue] of badShapes) {
    it(`${what} is reported as rr-customer-invalid, never thrown; the children still count and the rest stands`, async () => {
      const { tracker, id, element } = await loadedElement(CHILDREN);
      const { issues, sent, uncaught } = await afterChange(element, change);
      expect(uncaught).to.deep.equal([]);
      expect(issues).to.deep.equal([[issue]]);
      // The valid rest is the payload sent just before, so it is not sent again, yet it stands.
      expect(sent).to.deep.equal([true]);
      expect(tracker.calls).to.deep.equal([]);
      await afterChange(element, (el) => (el.email = 'after.the.bad.shape@example.com'));
      expect(tracker.calls).to.deep.equal([
        { customerId: id, email: 'after.the.bad.shape@example.com', ...CHILDREN_PAYLOAD },
      ]);
    });
  }

  it('a bad shape beside a good value sends the good value with the children, in the same call', async () => {
    const { tracker, id, element } = await loadedElement(CHILDREN);
    const { issues, sent } = await afterChange(element, (el) => {
      el.softLinks = { crm: 'c-1' } as never;
      el.customData = { tier: 'gold', age: [30] } as never;
      el.defaultStockId = 'msk';
    });
    expect(issues.map((list) => list.map((issue) => issue.field))).to.deep.equal([['customData', 'softLinks']]);
    expect(sent).to.deep.equal([true]);
    expect(tracker.calls).to.deep.equal([
      {
        customerId: id,
        defaultStockId: 'msk',
        customData: { tier: 'gold', city: 'Kazan' },
        softLinks: [{ name: 'card', value: '77' }],
      },
    ]);
  });

  it('a property whose getters throw is an issue for its field, never thrown', async () => {
    const { tracker, id, element } = await loadedElement(CHILDREN);
    const throwing = {
      get tier(): string {
        throw new Error('a getter that throws');
      },
    };
    const { issues, sent, uncaught } = await afterChange(element, (el) => {
      el.customData = throwing;
      el.softLinks = [
        {
          name: 'crm',
          get value(): string {
            throw new Error('a getter that throws');
          },
        },
      ];
      el.defaultStockId = 'kzn';
    });
    expect(uncaught).to.deep.equal([]);
    expect(issues).to.deep.equal([
      [
        { code: 'wrong-shape', field: 'customData', message: 'customData could not be read: reading it threw' },
        { code: 'wrong-shape', field: 'softLinks', message: 'softLinks could not be read: reading it threw' },
      ],
    ]);
    expect(sent).to.deep.equal([true]);
    expect(tracker.calls).to.deep.equal([{ customerId: id, defaultStockId: 'kzn', ...CHILDREN_PAYLOAD }]);
  });

  it('a Proxy whose traps throw is an issue for its field too', async () => {
    const { tracker, element } = await loadedElement(CHILDREN);
    const trap = () => {
      throw new Error('a trap that throws');
    };
    const { issues, sent, uncaught } = await afterChange(element, (el) => {
      el.customData = new Proxy({}, { ownKeys: trap, getOwnPropertyDescriptor: trap });
      el.softLinks = new Proxy([], { get: trap }) as never;
    });
    expect(uncaught).to.deep.equal([]);
    expect(issues).to.deep.equal([
      [
        { code: 'wrong-shape', field: 'customData', message: 'customData could not be read: reading it threw' },
        { code: 'wrong-shape', field: 'softLinks', message: 'softLinks could not be read: reading it threw' },
      ],
    ]);
    expect(sent).to.deep.equal([true]);
    expect(tracker.calls).to.deep.equal([]);
  });

  it('after a bad shape, a good value sends again', async () => {
    const { tracker, id, element } = await loadedElement();
    await afterChange(element, (el) => (el.customData = { age: true } as never));
    await afterChange(element, (el) => (el.customData = { age: '30' }));
    expect(tracker.calls).to.deep.equal([{ customerId: id, customData: { age: '30' } }]);
  });
});
