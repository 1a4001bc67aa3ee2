import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { CustomerInvalidDetail, CustomerIssue } from '../../src/index.js';
import { freshTracker, mount, newCustomerId, recordEvents, settle } from '../support/page.js';

type Outcome = { calls: unknown[]; issues: CustomerIssue[][]; sent: boolean[] };

/**
 * Runs `place`, which puts an element on the page, and says what came of it: the calls the
 * tracker got, the issues reported and each report's `sent`. Console warnings of invalid
 * input are kept off the output.
 */
async function outcomeOf(place: () => Promise<void>): Promise<Outcome> {
  const tracker = freshTracker();
  const invalid = recordEvents<CustomerInvalidDetail>('rr-customer-invalid');
  const warn = console.warn;
  console.warn = () => {};
  try {
    await place();
  } finally {
    console.warn = warn;
    invalid.stop();
  }
  tracker.load();
  return {
    calls: tracker.calls,
    issues: invalid.details.map((detail) => [...detail.issues]),
    sent: invalid.details.map((detail) => detail.sent),
  };
}

/** The outcome of mounting the markup. */
const outcome = (html: string): Promise<Outcome> =>
  outcomeOf(async () => {
    await mount(html);
  });

/** The outcome of an element whose fields are set as properties before it is connected. */
const propertyOutcome = (fields: Record<string, unknown>): Promise<Outcome> =>
  outcomeOf(async () => {
    const element = Object.assign(document.createElement('rr-customer'), fields);
    try {
      document.body.append(element);
      await settle();
    } finally {
      element.remove();
    }
  });

const fieldsOf = (issues: CustomerIssue[][]) => issues.map((list) => list.map((issue) => issue.field));

/** A bad optional field costs only itself: the rest goes out, and the one report says so. */
async function expectLeftOut(html: string, id: string, field: string, rest: Record<string, unknown> = {}) {
  const { calls, issues, sent } = await outcome(html);
  expect(calls, 'the valid rest is sent').to.deep.equal([{ customerId: id, ...rest }]);
  expect(fieldsOf(issues)).to.deep.equal([[field]]);
  expect(sent).to.deep.equal([true]);
}

/** A bad customer ID or consent sends nothing, and the one report says so. */
async function expectBlocked(html: string, fields: string[]) {
  const { calls, issues, sent } = await outcome(html);
  expect(calls, 'nothing is queued').to.deep.equal([]);
  expect(fieldsOf(issues)).to.deep.equal([fields]);
  expect(sent).to.deep.equal([false]);
  return issues.flat();
}

const SEED_PHONES = [
  '71112223344',
  '81112223344',
  '+71112223344',
  '+7(111)2223344',
  '+7(111)222-33-44',
  '+7 (111) 222-33-44',
  '+7 (111) 222 33 44',
  '+7 111 222 33 44',
  '+7-111-222-33-44',
  '8-111-222-33-44',
  '5577999617074',
  '31687224865',
  '56948840030',
  '123456789012345',
];

describe('validation', () => {
  it('customerId is required', async () => {
    const { calls, issues, sent } = await outcome(`<rr-customer email="a@b.co" customer-id="  "></rr-customer>`);
    expect(calls).to.deep.equal([]);
    expect(issues).to.deep.equal([[{ field: 'customerId', message: 'customerId is required' }]]);
    expect(sent).to.deep.equal([false]);
  });

  for (const email of ['not-an-email', 'a@b', '@b.co', 'a b@c.co', 'a@b.co>']) {
    it(`email "${email}" is left out, and the rest is sent`, async () => {
      const id = newCustomerId();
      await expectLeftOut(
        `<rr-customer customer-id="${id}" email="${email}" default-stock-id="msk"></rr-customer>`,
        id,
        'email',
        {
          defaultStockId: 'msk',
        },
      );
    });
  }

  for (const phone of SEED_PHONES) {
    it(`the seed's phone "${phone}" is sent as written`, async () => {
      const id = newCustomerId();
      const { calls, issues } = await outcome(`<rr-customer customer-id="${id}" phone=" ${phone} "></rr-customer>`);
      expect(issues).to.deep.equal([]);
      expect(calls).to.deep.equal([{ customerId: id, phone }]);
    });
  }

  const badPhones: [string, string][] = [
    ['letters', '+7 111 CALL NOW'],
    ['a letter among digits', '7111222334a'],
    ['six digits', '123456'],
    ['sixteen digits', '1234567890123456'],
    ['sixteen digits in groups', '+7 (111) 222-33-44-55555'],
    ['a dot', '+7.111.222.33.44'],
    ['a slash', '+7/111/2223344'],
    ['two spaces', '+7  111 222 33 44'],
    ['a space and a hyphen together', '+7 -111-222-33-44'],
    ['two bracketed groups', '+7 (111) (222) 33 44'],
    ['a bracket not after the country code', '+7 111 (222) 33 44'],
    ['an unclosed bracket', '+7 (111 222 33 44'],
    ['a plus inside', '7+1112223344'],
    ['two pluses', '++71112223344'],
    ['a trailing hyphen', '+7-111-222-33-44-'],
    ['a leading hyphen', '-71112223344'],
  ];
  for (const [why, phone] of badPhones) {
    it(`a phone with ${why} is left out, and the rest is sent`, async () => {
      const id = newCustomerId();
      await expectLeftOut(`<rr-customer customer-id="${id}" phone="${phone}"></rr-customer>`, id, 'phone');
    });
  }

  it('defaultStockId takes 50 characters and no more; more leaves it out', async () => {
    const id = newCustomerId();
    const fifty = 'r'.repeat(50);
    const ok = await outcome(`<rr-customer customer-id="${id}" default-stock-id="${fifty}"></rr-customer>`);
    expect(ok.calls).to.deep.equal([{ customerId: id, defaultStockId: fifty }]);
    const other = newCustomerId();
    await expectLeftOut(
      `<rr-customer customer-id="${other}" default-stock-id="${fifty}r"></rr-customer>`,
      other,
      'defaultStockId',
    );
  });

  it('a soft link with a value but no name is left out, under softLinks; the other soft links are sent', async () => {
    const id = newCustomerId();
    await expectLeftOut(
      `<rr-customer customer-id="${id}"><rr-soft-link value="9900"></rr-soft-link><rr-soft-link name="card" value="77"></rr-soft-link></rr-customer>`,
      id,
      'softLinks',
      { softLinks: [{ name: 'card', value: '77' }] },
    );
  });

  it('a custom data entry with a value but a blank name is left out, under customData', async () => {
    const id = newCustomerId();
    await expectLeftOut(
      `<rr-customer customer-id="${id}"><rr-custom-data name=" " value="gold"></rr-custom-data><rr-custom-data name="city" value="Kazan"></rr-custom-data></rr-customer>`,
      id,
      'customData',
      { customData: { city: 'Kazan' } },
    );
  });

  it('when two custom data entries share a name, the last one wins', async () => {
    const id = newCustomerId();
    const { calls } = await outcome(`<rr-customer customer-id="${id}">
      <rr-custom-data name="tier" value="silver"></rr-custom-data>
      <rr-custom-data name="city" value="Kazan"></rr-custom-data>
      <rr-custom-data name="tier" value="gold"></rr-custom-data></rr-customer>`);
    expect(calls).to.deep.equal([{ customerId: id, customData: { tier: 'gold', city: 'Kazan' } }]);
  });

  it('lists one issue per problem, each named by its camelCase field', async () => {
    const { issues, sent } = await outcome(`<rr-customer email="x" phone="1" default-stock-id="${'s'.repeat(51)}"
      is-agreed-to-receive-marketing-mail="maybe">
      <rr-soft-link value="1"></rr-soft-link><rr-soft-link value="2"></rr-soft-link>
      <rr-custom-data value="3"></rr-custom-data></rr-customer>`);
    expect(fieldsOf(issues)).to.deep.equal([
      [
        'customerId',
        'email',
        'phone',
        'customData',
        'defaultStockId',
        'softLinks',
        'softLinks',
        'isAgreedToReceiveMarketingMail',
      ],
    ]);
    expect(sent).to.deep.equal([false]);
    for (const issue of issues.flat()) expect(issue.message).to.be.a('string').with.length.above(10);
  });

  it('every bad optional field at once still sends the customer, with none of them', async () => {
    const id = newCustomerId();
    const { calls, issues, sent } = await outcome(`<rr-customer customer-id="${id}" email="x" phone="1"
      default-stock-id="${'s'.repeat(51)}" is-agreed-to-receive-marketing-mail="no">
      <rr-soft-link value="1"></rr-soft-link><rr-soft-link name="card" value="guest"></rr-soft-link>
      <rr-custom-data value="3"></rr-custom-data><rr-custom-data name="tier" value="{{ tier }}"></rr-custom-data></rr-customer>`);
    expect(calls).to.deep.equal([{ customerId: id, isAgreedToReceiveMarketingMail: false }]);
    expect(fieldsOf(issues)).to.deep.equal([
      ['email', 'phone', 'customData', 'customData', 'defaultStockId', 'softLinks', 'softLinks'],
    ]);
    expect(sent).to.deep.equal([true]);
  });

  it('a property of the wrong type is an issue, not an exception', async () => {
    const tracker = freshTracker();
    const invalid = recordEvents<CustomerInvalidDetail>('rr-customer-invalid');
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const warn = console.warn;
    console.warn = () => {};
    const blocked = document.createElement('rr-customer');
    Object.assign(blocked, { customerId: true, email: { at: 'b.co' }, isAgreedToReceiveMarketingMail: 'perhaps' });
    document.body.append(blocked);
    const id = newCustomerId();
    const partial = document.createElement('rr-customer');
    Object.assign(partial, { customerId: id, email: { at: 'b.co' }, phone: ['+71112223344'], defaultStockId: false });
    document.body.append(partial);
    await mount('<rr-customer customer-id="after-the-bad-ones-' + newCustomerId() + '"></rr-customer>');
    console.warn = warn;
    window.removeEventListener('error', onError);
    invalid.stop();
    tracker.load();
    expect(errors).to.deep.equal([]);
    expect(invalid.details.map((detail) => [detail.sent, detail.issues.map((issue) => issue.field)])).to.deep.equal([
      [false, ['customerId', 'email', 'isAgreedToReceiveMarketingMail']],
      [true, ['email', 'phone', 'defaultStockId']],
    ]);
    expect(tracker.calls).to.have.length(2);
    expect(tracker.calls[0]).to.deep.equal({ customerId: id });
  });
});

describe('IDs that identify no one', () => {
  const GUEST_IDS = [
    '0',
    '-1',
    'anonymous',
    'Anonymous',
    'anon',
    'ANON',
    'guest',
    'Guest',
    'GUEST',
    'unknown',
    'Unknown',
    'n/a',
    'N/A',
    'true',
    'TRUE',
    'false',
    'False',
    '[]',
    '{}',
    '00000000-0000-0000-0000-000000000000',
  ];

  it('each as the customer ID blocks the call, with one message for all that quotes none', async () => {
    const messages = new Set<string | undefined>();
    for (const guest of GUEST_IDS) {
      const { calls, issues, sent } = await outcome(
        `<rr-customer customer-id=" ${guest} " email="a@b.co"></rr-customer>`,
      );
      expect(calls, guest).to.deep.equal([]);
      expect(fieldsOf(issues), guest).to.deep.equal([['customerId']]);
      expect(sent, guest).to.deep.equal([false]);
      messages.add(issues[0]?.[0]?.message);
    }
    // One text whatever the value: it cannot quote any of them.
    expect([...messages]).to.have.length(1);
    expect([...messages][0]).to.contain('placeholder that identifies no one');
  });

  it('each as a soft link value leaves out that link alone; the customer and the other links are sent', async () => {
    for (const guest of GUEST_IDS) {
      const id = newCustomerId();
      const { calls, issues, sent } = await outcome(`<rr-customer customer-id="${id}">
        <rr-soft-link name="card" value="${guest}"></rr-soft-link><rr-soft-link name="crm" value="c-1"></rr-soft-link></rr-customer>`);
      expect(calls, guest).to.deep.equal([{ customerId: id, softLinks: [{ name: 'crm', value: 'c-1' }] }]);
      expect(fieldsOf(issues), guest).to.deep.equal([['softLinks']]);
      expect(issues[0]?.[0]?.message, guest).to.equal(
        "each soft link value is a placeholder that identifies no one (a guest's or an empty ID)",
      );
      expect(sent, guest).to.deep.equal([true]);
    }
  });

  it('the numbers 0, -1 and -0 as the customerId property identify no one either', async () => {
    for (const guest of [0, -1, -0]) {
      const { calls, issues, sent } = await propertyOutcome({ customerId: guest, email: 'a@b.co' });
      expect(calls, String(guest)).to.deep.equal([]);
      expect(fieldsOf(issues), String(guest)).to.deep.equal([['customerId']]);
      expect(sent, String(guest)).to.deep.equal([false]);
    }
  });

  it('a value that merely holds a guest word identifies someone', async () => {
    for (const id of ['guest-42', '0042', '10', 'unknown soldier', 'n/a/b', '00000000-0000-0000-0000-000000000001']) {
      const { calls, issues } = await outcome(
        `<rr-customer customer-id="${id}"><rr-soft-link name="card" value="${id}"></rr-soft-link></rr-customer>`,
      );
      expect(issues, id).to.deep.equal([]);
      expect(calls, id).to.deep.equal([{ customerId: id, softLinks: [{ name: 'card', value: id }] }]);
    }
  });

  it('guest words are no problem for the region, custom data or a soft link name', async () => {
    const id = newCustomerId();
    const { calls, issues } = await outcome(`<rr-customer customer-id="${id}" default-stock-id="0">
      <rr-custom-data name="guest" value="0"></rr-custom-data><rr-custom-data name="role" value="anonymous"></rr-custom-data>
      <rr-soft-link name="guest" value="card-1"></rr-soft-link></rr-customer>`);
    expect(issues).to.deep.equal([]);
    expect(calls).to.deep.equal([
      {
        customerId: id,
        defaultStockId: '0',
        customData: { guest: '0', role: 'anonymous' },
        softLinks: [{ name: 'guest', value: 'card-1' }],
      },
    ]);
  });
});

describe('unfilled template tags', () => {
  const TAGS = [
    '{{ customer.id }}',
    '{%- if x -%}',
    '<?= $id ?>',
    '<%= user.id %>',
    '${user.id}',
    '{$user.id}',
    'id-{{x}}-7',
    '{{}}',
  ];

  for (const tag of TAGS) {
    it(`"${tag}" as the customer ID blocks the call`, async () => {
      const issues = await expectBlocked(`<rr-customer customer-id="${tag.replace(/"/g, '&quot;')}"></rr-customer>`, [
        'customerId',
      ]);
      expect(issues[0]?.message).to.equal('customerId holds a template tag that was never filled in');
    });

    it(`"${tag}" in an optional field, a soft link or a custom data pair leaves only that out`, async () => {
      const id = newCustomerId();
      const escaped = tag.replace(/"/g, '&quot;');
      const { calls, issues, sent } =
        await outcome(`<rr-customer customer-id="${id}" email="${escaped}" phone="${escaped}" default-stock-id="${escaped}">
        <rr-soft-link name="card" value="${escaped}"></rr-soft-link><rr-soft-link name="${escaped}" value="1"></rr-soft-link>
        <rr-soft-link name="crm" value="c-1"></rr-soft-link>
        <rr-custom-data name="tier" value="${escaped}"></rr-custom-data><rr-custom-data name="city" value="Kazan"></rr-custom-data></rr-customer>`);
      expect(calls).to.deep.equal([
        { customerId: id, customData: { city: 'Kazan' }, softLinks: [{ name: 'crm', value: 'c-1' }] },
      ]);
      expect(fieldsOf(issues)).to.deep.equal([
        ['email', 'phone', 'customData', 'defaultStockId', 'softLinks', 'softLinks'],
      ]);
      expect(sent).to.deep.equal([true]);
      for (const issue of issues.flat()) expect(issue.message, issue.field).to.contain('template tag');
    });
  }

  it('an opening without its closer after it is no tag', async () => {
    for (const text of [
      '{{ half',
      'a }} {{ b',
      '%} {%',
      '50% {off}',
      '$ {5}',
      '{ $5 }',
      '<? no',
      'a ?> <?',
      '{{ x }',
    ]) {
      const id = newCustomerId();
      const escaped = text.replace(/"/g, '&quot;');
      const { calls, issues } = await outcome(
        `<rr-customer customer-id="${id}" default-stock-id="${escaped}"></rr-customer>`,
      );
      expect(issues, text).to.deep.equal([]);
      expect(calls, text).to.deep.equal([{ customerId: id, defaultStockId: text }]);
    }
  });
});

describe('length limits', () => {
  it('customerId, names and values take 1,000 characters, counted in code points', async () => {
    const ok = `id-${'😀'.repeat(997)}`; // 1,000 code points, 1,997 UTF-16 units
    const { calls, issues } = await outcome(
      `<rr-customer customer-id="${ok}"><rr-custom-data name="${'n'.repeat(1000)}" value="${'😀'.repeat(1000)}"></rr-custom-data></rr-customer>`,
    );
    expect(issues).to.deep.equal([]);
    expect(calls).to.deep.equal([{ customerId: ok, customData: { ['n'.repeat(1000)]: '😀'.repeat(1000) } }]);
    const issuesOver = await expectBlocked(`<rr-customer customer-id="${ok}x"></rr-customer>`, ['customerId']);
    expect(issuesOver[0]?.message).to.equal('customerId must have at most 1000 characters');
  });

  it('a name or value over 1,000 characters leaves out its pair alone', async () => {
    const id = newCustomerId();
    const long = 'v'.repeat(1001);
    const { calls, issues, sent } = await outcome(`<rr-customer customer-id="${id}">
      <rr-custom-data name="${long}" value="1"></rr-custom-data><rr-custom-data name="tier" value="${long}"></rr-custom-data>
      <rr-soft-link name="${long}" value="1"></rr-soft-link><rr-soft-link name="card" value="${long}"></rr-soft-link>
      <rr-soft-link name="crm" value="c-1"></rr-soft-link></rr-customer>`);
    expect(calls).to.deep.equal([{ customerId: id, softLinks: [{ name: 'crm', value: 'c-1' }] }]);
    expect(fieldsOf(issues)).to.deep.equal([['customData', 'customData', 'softLinks', 'softLinks']]);
    expect(sent).to.deep.equal([true]);
    for (const issue of issues.flat()) expect(issue.message).to.contain('at most 1000 characters');
  });

  it('email takes 254 characters, phone 32, defaultStockId 50, in code points', async () => {
    const id = newCustomerId();
    const email254 = `${'a'.repeat(242)}@example.com`;
    const ok = await outcome(
      `<rr-customer customer-id="${id}" email="${email254}" default-stock-id="${'😀'.repeat(50)}"></rr-customer>`,
    );
    expect(ok.issues).to.deep.equal([]);
    expect(ok.calls).to.deep.equal([{ customerId: id, email: email254, defaultStockId: '😀'.repeat(50) }]);

    const other = newCustomerId();
    const over =
      await outcome(`<rr-customer customer-id="${other}" email="a${email254}" phone="+1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7"
      default-stock-id="${'😀'.repeat(51)}"></rr-customer>`);
    expect(over.calls).to.deep.equal([{ customerId: other }]);
    expect(over.issues).to.deep.equal([
      [
        { field: 'email', message: 'email must have at most 254 characters' },
        { field: 'phone', message: 'phone must have at most 32 characters' },
        { field: 'defaultStockId', message: 'defaultStockId must have at most 50 characters' },
      ],
    ]);
    expect(over.sent).to.deep.equal([true]);
  });
});
