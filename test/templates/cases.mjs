// The template cases, shared by the dev-server plugin (render-plugin.mjs), which renders each
// page in Node, and the browser test (engines.test.ts), which loads it and holds the element to
// the expected outcome. Every value here is synthetic; the test compares them and never prints
// them.

/** @typedef {'liquid' | 'twig' | 'handlebars' | 'ejs' | 'nunjucks' | 'literal'} EngineName */

/**
 * A customer as a store hands it to its templates, in snake_case (Shopify, PHP, Python); the
 * JavaScript engines get the same record with camelCase keys. A guest is `null`.
 * @typedef {{
 *   id?: unknown;
 *   email?: unknown;
 *   phone?: unknown;
 *   accepts_marketing?: unknown;
 *   loyalty_card?: unknown;
 *   extra_fields?: { name: unknown; value: unknown }[];
 * }} CustomerRecord
 * @typedef {{ region_id?: unknown }} StoreRecord
 */

/**
 * An issue's stable code, as src/core/customer-issue.ts lists them and docs/issue-codes.md
 * tables them: the test matches codes, never message wording.
 * @typedef {'required' | 'guest-id' | 'template-tag' | 'too-long' | 'not-text' | 'invalid-email' | 'invalid-phone' | 'invalid-consent' | 'wrong-shape' | 'pair-without-name' | 'email-soft-link'} IssueCode
 */

/**
 * The outcome a page must have, exactly:
 * - `payload`: the one `setCustomer` call queued (and the one `rr-customer-send` detail), or
 *   `null` when nothing is queued;
 * - `invalid`: the one `rr-customer-invalid` detail, its issues as `[field, code]` in order,
 *   or `null` when none fires. When both are given, the send comes first.
 * @typedef {{
 *   readonly payload: Readonly<Record<string, unknown>> | null;
 *   readonly invalid: { readonly sent: boolean; readonly issues: readonly (readonly [string, IssueCode])[] } | null;
 * }} Outcome
 */

/**
 * @typedef {{
 *   readonly name: string;
 *   readonly title: string;
 *   readonly customer: CustomerRecord | null;
 *   readonly store: StoreRecord;
 *   readonly expected: Outcome;
 *   readonly byEngine?: Partial<Record<EngineName, Outcome>>;
 * }} RecordCase
 * A record every engine renders with its own template. `byEngine` holds the outcome of an
 * engine whose template prints the record otherwise.
 */

/** @type {readonly EngineName[]} */
export const ENGINE_NAMES = ['liquid', 'twig', 'handlebars', 'ejs', 'nunjucks', 'literal'];

/** @type {Record<EngineName, string>} */
export const ENGINE_TITLES = {
  liquid: 'Liquid (liquidjs)',
  twig: 'Twig (twig.js)',
  handlebars: 'Handlebars',
  ejs: 'EJS',
  nunjucks: 'Nunjucks (Jinja syntax)',
  literal: 'a JavaScript template literal',
};

const store = { region_id: 'msk' };

/** @type {readonly RecordCase[]} */
export const RECORD_CASES = [
  {
    name: 'guest',
    title: 'a guest: no customer at all',
    customer: null,
    store,
    expected: { payload: null, invalid: { sent: false, issues: [['customerId', 'required']] } },
  },
  {
    name: 'full',
    title: 'a customer with every field',
    customer: {
      id: 'customer-1001-full',
      email: 'person.full@example.com',
      phone: '+7 (911) 222-33-44',
      accepts_marketing: true,
      loyalty_card: 'card-0001',
      extra_fields: [
        { name: 'tier', value: 'gold' },
        { name: 'brand', value: 'Tom & "Jerry" <shop>' },
      ],
    },
    store,
    expected: {
      payload: {
        customerId: 'customer-1001-full',
        email: 'person.full@example.com',
        phone: '+7 (911) 222-33-44',
        customData: { tier: 'gold', brand: 'Tom & "Jerry" <shop>' },
        defaultStockId: 'msk',
        softLinks: [{ name: 'loyalty card', value: 'card-0001' }],
        isAgreedToReceiveMarketingMail: true,
      },
      invalid: null,
    },
  },
  {
    name: 'missing-optional',
    title: 'a customer with only an ID: null, absent and null-valued optional fields',
    customer: {
      id: 'customer-1002-sparse',
      email: null,
      loyalty_card: null,
      extra_fields: [{ name: 'tier', value: null }],
    },
    store: { region_id: null },
    // The consent attribute is printed, empty (or `undefined`), so it reads as false.
    expected: { payload: { customerId: 'customer-1002-sparse', isAgreedToReceiveMarketingMail: false }, invalid: null },
  },
  {
    name: 'consent-false',
    title: 'consent false',
    customer: { id: 'customer-1003-no', email: 'person.no@example.com', accepts_marketing: false },
    store,
    expected: {
      payload: {
        customerId: 'customer-1003-no',
        email: 'person.no@example.com',
        defaultStockId: 'msk',
        isAgreedToReceiveMarketingMail: false,
      },
      invalid: null,
    },
  },
  {
    name: 'consent-not-recorded',
    title: 'consent never asked: null',
    customer: { id: 'customer-1004-unasked', email: 'person.unasked@example.com', accepts_marketing: null },
    store,
    expected: {
      payload: {
        customerId: 'customer-1004-unasked',
        email: 'person.unasked@example.com',
        defaultStockId: 'msk',
        isAgreedToReceiveMarketingMail: false,
      },
      invalid: null,
    },
  },
  {
    name: 'consent-unknown',
    title: "consent in a state the element does not know (Shopify's 'pending')",
    customer: { id: 'customer-1005-pending', email: 'person.pending@example.com', accepts_marketing: 'pending' },
    store,
    expected: {
      payload: null,
      invalid: { sent: false, issues: [['isAgreedToReceiveMarketingMail', 'invalid-consent']] },
    },
  },
  {
    name: 'numeric-id',
    title: 'a numeric ID, and a custom data value of 0',
    customer: { id: 42, accepts_marketing: true, extra_fields: [{ name: 'orders', value: 0 }] },
    store,
    expected: {
      payload: {
        customerId: '42',
        customData: { orders: '0' },
        defaultStockId: 'msk',
        isAgreedToReceiveMarketingMail: true,
      },
      invalid: null,
    },
  },
  {
    name: 'guest-id-zero',
    title: "a guest's numeric ID of 0",
    customer: { id: 0, email: null, accepts_marketing: null },
    store,
    expected: { payload: null, invalid: { sent: false, issues: [['customerId', 'guest-id']] } },
  },
  {
    name: 'loyalty-card-zero',
    title: 'a numeric loyalty card of 0 (a column default for no card)',
    customer: { id: 'customer-1006-card', email: 'person.card@example.com', accepts_marketing: true, loyalty_card: 0 },
    store,
    expected: {
      payload: {
        customerId: 'customer-1006-card',
        email: 'person.card@example.com',
        defaultStockId: 'msk',
        isAgreedToReceiveMarketingMail: true,
      },
      invalid: { sent: true, issues: [['softLinks', 'guest-id']] },
    },
    byEngine: {
      // Their templates print the soft link only `{% if user.loyalty_card %}`, and 0 is false there.
      twig: {
        payload: {
          customerId: 'customer-1006-card',
          email: 'person.card@example.com',
          defaultStockId: 'msk',
          isAgreedToReceiveMarketingMail: true,
        },
        invalid: null,
      },
      nunjucks: {
        payload: {
          customerId: 'customer-1006-card',
          email: 'person.card@example.com',
          defaultStockId: 'msk',
          isAgreedToReceiveMarketingMail: true,
        },
        invalid: null,
      },
    },
  },
  {
    name: 'stored-template-tags',
    title: 'stored values that hold template tags (a merge tag saved in a CMS field)',
    customer: {
      id: 'customer-1007-tags',
      accepts_marketing: true,
      loyalty_card: '<%= card_number %>',
      extra_fields: [
        { name: 'tier', value: 'gold' },
        { name: 'greeting', value: 'Hi {{ customer.first_name }}' },
      ],
    },
    store,
    expected: {
      payload: {
        customerId: 'customer-1007-tags',
        customData: { tier: 'gold' },
        defaultStockId: 'msk',
        isAgreedToReceiveMarketingMail: true,
      },
      invalid: {
        sent: true,
        issues: [
          ['customData', 'template-tag'],
          ['softLinks', 'template-tag'],
        ],
      },
    },
  },
  {
    name: 'object-values',
    title: 'an object and NaN printed as values',
    customer: {
      id: 'customer-1008-objects',
      accepts_marketing: false,
      loyalty_card: { number: 'card-0008' },
      extra_fields: [
        { name: 'tier', value: 'gold' },
        { name: 'address', value: { city: 'Moscow' } },
        { name: 'average order', value: Number.NaN },
      ],
    },
    store,
    // `[object Object]` and `NaN` are placeholders: not given, so left out without an issue.
    expected: {
      payload: {
        customerId: 'customer-1008-objects',
        customData: { tier: 'gold' },
        defaultStockId: 'msk',
        isAgreedToReceiveMarketingMail: false,
      },
      invalid: null,
    },
  },
  {
    name: 'bad-email-and-phone',
    title: 'a malformed email and a short phone on file',
    customer: { id: 'customer-1009-typos', email: 'person@', phone: '8-800', accepts_marketing: false },
    store,
    expected: {
      payload: { customerId: 'customer-1009-typos', defaultStockId: 'msk', isAgreedToReceiveMarketingMail: false },
      invalid: {
        sent: true,
        issues: [
          ['email', 'invalid-email'],
          ['phone', 'invalid-phone'],
        ],
      },
    },
  },
];

/**
 * The engine's own template, served as it is: a template file copied to the site without
 * being rendered, or a snippet pasted where the engine never runs (a "Custom HTML" block).
 * For the template literal, the same text in plain quotes instead of backticks.
 * @type {Outcome}
 */
export const UNRENDERED = {
  payload: null,
  invalid: {
    sent: false,
    issues: [
      ['customerId', 'template-tag'],
      ['email', 'template-tag'],
      ['phone', 'template-tag'],
      ['customData', 'template-tag'],
      ['defaultStockId', 'template-tag'],
      ['softLinks', 'template-tag'],
      ['isAgreedToReceiveMarketingMail', 'invalid-consent'],
    ],
  },
};

/** @type {Partial<Record<EngineName, Outcome>>} */
export const UNRENDERED_BY_ENGINE = {
  // The literal makes its <rr-custom-data> children in a `${…}` expression: unrendered, there are none.
  literal: {
    payload: null,
    invalid: {
      sent: false,
      issues: [
        ['customerId', 'template-tag'],
        ['email', 'template-tag'],
        ['phone', 'template-tag'],
        ['defaultStockId', 'template-tag'],
        ['softLinks', 'template-tag'],
        ['isAgreedToReceiveMarketingMail', 'invalid-consent'],
      ],
    },
  },
};

/**
 * @typedef {{
 *   readonly name: string;
 *   readonly title: string;
 *   readonly language: string;
 *   readonly engine: EngineName;
 *   readonly customer: CustomerRecord | null;
 *   readonly store: StoreRecord;
 *   readonly expected: Outcome;
 * }} PrintedCase
 * What a language with no engine here prints, fed as text to the engine nearest in syntax,
 * which passes it through as it is (escaped for the attribute).
 */

/** @type {readonly PrintedCase[]} */
export const PRINTED_CASES = [
  {
    name: 'django-anonymous-user',
    title: "Django's anonymous user: `{{ user.id }}` prints None",
    language: 'Jinja2 / Django',
    engine: 'nunjucks',
    customer: { id: 'None', email: '', phone: '', accepts_marketing: '', loyalty_card: '', extra_fields: [] },
    store,
    expected: { payload: null, invalid: { sent: false, issues: [['customerId', 'required']] } },
  },
  {
    name: 'jinja-customer',
    title: 'Jinja: None for missing fields, True for consent',
    language: 'Jinja2 / Django',
    engine: 'nunjucks',
    customer: {
      id: 'customer-1101-jinja',
      email: 'person.jinja@example.com',
      phone: 'None',
      accepts_marketing: 'True',
      loyalty_card: 'None',
      extra_fields: [
        { name: 'tier', value: 'gold' },
        { name: 'segment', value: 'None' },
      ],
    },
    store: { region_id: 'None' },
    expected: {
      payload: {
        customerId: 'customer-1101-jinja',
        email: 'person.jinja@example.com',
        customData: { tier: 'gold' },
        isAgreedToReceiveMarketingMail: true,
      },
      invalid: null,
    },
  },
  {
    name: 'jinja-consent-false',
    title: 'Jinja: False for consent',
    language: 'Jinja2 / Django',
    engine: 'nunjucks',
    customer: { id: 'customer-1102-jinja', email: 'person.jinja.no@example.com', accepts_marketing: 'False' },
    store,
    expected: {
      payload: {
        customerId: 'customer-1102-jinja',
        email: 'person.jinja.no@example.com',
        defaultStockId: 'msk',
        isAgreedToReceiveMarketingMail: false,
      },
      invalid: null,
    },
  },
  {
    name: 'php-twig-customer',
    title: "PHP's Twig: '' for null, 1 for true",
    language: 'PHP / Twig',
    engine: 'twig',
    customer: {
      id: 'customer-1201-php',
      email: 'person.php@example.com',
      phone: '',
      accepts_marketing: '1',
      loyalty_card: '',
      extra_fields: [
        { name: 'tier', value: 'gold' },
        { name: 'segment', value: '' },
      ],
    },
    store,
    expected: {
      payload: {
        customerId: 'customer-1201-php',
        email: 'person.php@example.com',
        customData: { tier: 'gold' },
        defaultStockId: 'msk',
        isAgreedToReceiveMarketingMail: true,
      },
      invalid: null,
    },
  },
  {
    name: 'php-twig-consent-false',
    title: "PHP's Twig: '' for false",
    language: 'PHP / Twig',
    engine: 'twig',
    customer: { id: 'customer-1202-php', email: 'person.php.no@example.com', accepts_marketing: '' },
    store,
    expected: {
      payload: {
        customerId: 'customer-1202-php',
        email: 'person.php.no@example.com',
        defaultStockId: 'msk',
        isAgreedToReceiveMarketingMail: false,
      },
      invalid: null,
    },
  },
  {
    name: 'bitrix-customer',
    title: '1C-Bitrix: a flag stored as Y',
    language: '1C-Bitrix',
    engine: 'ejs',
    customer: { id: '1301', email: 'person.bitrix@example.com', accepts_marketing: 'Y', loyalty_card: 'card-1301' },
    store,
    expected: {
      payload: {
        customerId: '1301',
        email: 'person.bitrix@example.com',
        defaultStockId: 'msk',
        softLinks: [{ name: 'loyalty card', value: 'card-1301' }],
        isAgreedToReceiveMarketingMail: true,
      },
      invalid: null,
    },
  },
  {
    name: 'bitrix-unsubscribed',
    title: '1C-Bitrix: a flag stored as N',
    language: '1C-Bitrix',
    engine: 'ejs',
    customer: { id: '1302', email: 'person.bitrix.no@example.com', accepts_marketing: 'N' },
    store,
    expected: {
      payload: {
        customerId: '1302',
        email: 'person.bitrix.no@example.com',
        defaultStockId: 'msk',
        isAgreedToReceiveMarketingMail: false,
      },
      invalid: null,
    },
  },
  {
    name: 'bitrix-guest',
    title: '1C-Bitrix: a guest, `(int) $USER->GetID()` prints 0',
    language: '1C-Bitrix',
    engine: 'ejs',
    customer: { id: '0', email: '', accepts_marketing: 'N' },
    store,
    expected: { payload: null, invalid: { sent: false, issues: [['customerId', 'guest-id']] } },
  },
  {
    name: 'bitrix-php-not-run',
    title: '1C-Bitrix: a .php template served without PHP running, and a stored Smarty tag',
    language: '1C-Bitrix',
    engine: 'ejs',
    customer: {
      id: "<?= $arResult['ID'] ?>",
      email: "<?= htmlspecialcharsbx($arResult['EMAIL']) ?>",
      accepts_marketing: "<?= $arResult['UF_SUBSCRIBE'] ?>",
      loyalty_card: "<?= $arResult['UF_CARD'] ?>",
      extra_fields: [{ name: 'tier', value: '{$customer.tier}' }],
    },
    store,
    expected: {
      payload: null,
      invalid: {
        sent: false,
        issues: [
          ['customerId', 'template-tag'],
          ['email', 'template-tag'],
          ['customData', 'template-tag'],
          ['softLinks', 'template-tag'],
          ['isAgreedToReceiveMarketingMail', 'invalid-consent'],
        ],
      },
    },
  },
  {
    name: 'go-missing-keys',
    title: 'Go text/template: <no value> for missing keys, <nil> for a nil pointer',
    language: 'Go templates',
    engine: 'handlebars',
    customer: {
      id: 'customer-1401-go',
      email: '<no value>',
      phone: '<nil>',
      accepts_marketing: 'false',
      loyalty_card: '<no value>',
      extra_fields: [{ name: 'tier', value: '<no value>' }],
    },
    store: { region_id: '<no value>' },
    expected: { payload: { customerId: 'customer-1401-go', isAgreedToReceiveMarketingMail: false }, invalid: null },
  },
  {
    name: 'go-guest',
    title: 'Go text/template: a guest, every field <no value>',
    language: 'Go templates',
    engine: 'handlebars',
    customer: {
      id: '<no value>',
      email: '<no value>',
      phone: '<no value>',
      accepts_marketing: '<no value>',
      loyalty_card: '<no value>',
    },
    store,
    expected: { payload: null, invalid: { sent: false, issues: [['customerId', 'required']] } },
  },
  {
    name: 'erb-guest',
    title: "ERB: a guest, `current_user&.id` prints ''",
    language: 'ERB',
    engine: 'ejs',
    customer: { id: '', email: '', phone: '', accepts_marketing: '', loyalty_card: '' },
    store,
    expected: { payload: null, invalid: { sent: false, issues: [['customerId', 'required']] } },
  },
  {
    name: 'erb-empty-collections',
    title: 'ERB: [] and {} for empty collections',
    language: 'ERB',
    engine: 'ejs',
    customer: {
      id: 'customer-1501-erb',
      email: 'person.erb@example.com',
      accepts_marketing: 'true',
      loyalty_card: '[]',
      extra_fields: [
        { name: 'tags', value: '[]' },
        { name: 'preferences', value: '{}' },
      ],
    },
    store,
    // A guest's list is refused only as an ID or a soft link; as custom data it is kept.
    expected: {
      payload: {
        customerId: 'customer-1501-erb',
        email: 'person.erb@example.com',
        customData: { tags: '[]', preferences: '{}' },
        defaultStockId: 'msk',
        isAgreedToReceiveMarketingMail: true,
      },
      invalid: { sent: true, issues: [['softLinks', 'guest-id']] },
    },
  },
  {
    name: 'aspnet-guest',
    title: 'ASP.NET Razor: a guest, Guid.Empty and False',
    language: 'ASP.NET Razor',
    engine: 'ejs',
    customer: { id: '00000000-0000-0000-0000-000000000000', email: '', accepts_marketing: 'False' },
    store,
    expected: { payload: null, invalid: { sent: false, issues: [['customerId', 'guest-id']] } },
  },
  {
    name: 'imported-placeholders',
    title: 'data imported from a spreadsheet: NULL, N/A and Yes in any case',
    language: 'imported data',
    engine: 'liquid',
    customer: {
      id: 'customer-1601-import',
      email: 'N/A',
      phone: 'NULL',
      accepts_marketing: 'Yes',
      loyalty_card: 'n/a',
      extra_fields: [{ name: 'tier', value: 'NULL' }],
    },
    store,
    // N/A is no placeholder for text in general, only an ID that names no one.
    expected: {
      payload: { customerId: 'customer-1601-import', defaultStockId: 'msk', isAgreedToReceiveMarketingMail: true },
      invalid: {
        sent: true,
        issues: [
          ['email', 'invalid-email'],
          ['softLinks', 'guest-id'],
        ],
      },
    },
  },
];

/**
 * One page the plugin renders and the test loads.
 * @typedef {{
 *   readonly kind: 'record' | 'unrendered' | 'printed';
 *   readonly engine: EngineName;
 *   readonly name: string;
 *   readonly title: string;
 *   readonly expected: Outcome;
 *   readonly render: { readonly customer: CustomerRecord | null; readonly store: StoreRecord } | 'unrendered';
 * }} TemplatePage
 */

/** Every page: each record with each engine, each engine's template unrendered, then the printed strings. */
export function templatePages() {
  /** @type {TemplatePage[]} */
  const pages = [];
  for (const engine of ENGINE_NAMES) {
    for (const { name, title, customer, store, expected, byEngine } of RECORD_CASES) {
      pages.push({
        kind: 'record',
        engine,
        name,
        title,
        expected: byEngine?.[engine] ?? expected,
        render: { customer, store },
      });
    }
    pages.push({
      kind: 'unrendered',
      engine,
      name: 'unrendered',
      title: 'its template served without rendering',
      expected: UNRENDERED_BY_ENGINE[engine] ?? UNRENDERED,
      render: 'unrendered',
    });
  }
  for (const { name, title, language, engine, customer, store, expected } of PRINTED_CASES) {
    pages.push({
      kind: 'printed',
      engine,
      name,
      title: `${language}: ${title}`,
      expected,
      render: { customer, store },
    });
  }
  return pages;
}

/** The address of a rendered page. */
export const PAGE_PREFIX = '/test/templates/rendered/';

/** @param {{ engine: string, name: string }} page */
export const pagePath = ({ engine, name }) => `${PAGE_PREFIX}${engine}/${name}.html`;

/** Where the plugin answers with what each engine prints for one value: `{ [engine]: Printed }`. */
export const PRINTED_PATH = '/test/templates/printed.json';

/**
 * What an engine prints for a name it is not given, for null, false, true and a number.
 * @typedef {{ missing: string, null: string, false: string, true: string, number: string }} Printed
 */

/**
 * What each engine printed when run (the table in test/templates/README.md); the test checks
 * that they still do.
 * @type {Record<EngineName, Printed>}
 */
export const PRINTED = {
  liquid: { missing: '', null: '', false: 'false', true: 'true', number: '42' },
  twig: { missing: '', null: '', false: 'false', true: 'true', number: '42' },
  handlebars: { missing: '', null: '', false: 'false', true: 'true', number: '42' },
  ejs: { missing: '', null: '', false: 'false', true: 'true', number: '42' },
  nunjucks: { missing: '', null: '', false: 'false', true: 'true', number: '42' },
  literal: { missing: 'undefined', null: 'null', false: 'false', true: 'true', number: '42' },
};
