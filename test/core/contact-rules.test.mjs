// Contact data as real shoppers have it (issue 15, item 4), run through the public path:
// readCustomer, then checkCustomer, from the built core. Cases come from real corpora:
// web-platform-tests' <input type=email> tests and a cross-check of public suites, both
// copied into cases/ so that nothing here needs the network, and libphonenumber's example
// number for every region and type.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';

// A CommonJS package without types of its own; loaded untyped rather than adding a second devDependency.
const libphonenumber = createRequire(import.meta.url)('google-libphonenumber');

// Built by `npm run build` before the Node tests run; a variable, so that type-checking,
// which runs before the build, does not look for it.
/** @param {string} file */
const built = (file) => new URL(`../../dist/lib/${file}`, import.meta.url).href;
/** @type {typeof import('../../src/core/read-customer.js')} */
const { readCustomer } = await import(built('core/read-customer.js'));
/** @type {typeof import('../../src/core/check-customer.js')} */
const { checkCustomer } = await import(built('core/check-customer.js'));
/** @type {typeof import('../../src/core/customer-fields.js')} */
const { EMAIL_MAX_LENGTH } = await import(built('core/customer-fields.js'));

/** @typedef {import('../../src/core/read-customer.js').CustomerFields} Fields */
/** @typedef {import('../../src/core/read-customer.js').NamedValue} Pair */
/** @typedef {{ code: string, field: string }} Issue */

const ID = 'customer-17';

/**
 * The verdict on `fields` beside a customer ID, as the payload sent and each issue's code and field.
 * @param {Fields} fields
 * @param {Pair[]} [softLinks]
 */
function check(fields, softLinks = []) {
  const result = checkCustomer(readCustomer({ customerId: ID, ...fields }, softLinks, []));
  assert.equal(result.sent, true, 'a customer ID is given, so the call goes out whatever else is wrong');
  return {
    payload: { ...result.payload },
    issues: result.issues.map(({ code, field }) => ({ code, field })),
  };
}

/**
 * One row: the fields (and soft links), then exactly the payload sent and the issues reported.
 * @typedef {{ name: string, fields: Fields, softLinks?: Pair[], payload: Record<string, unknown>, issues?: Issue[] }} Row
 */

/** @param {Row[]} rows */
function table(rows) {
  for (const row of rows) {
    test(row.name, () => {
      const { payload, issues } = check(row.fields, row.softLinks);
      assert.deepEqual(payload, row.payload, 'the payload is exactly the valid rest');
      assert.deepEqual(issues, row.issues ?? [], 'each issue has this code and field');
    });
  }
}

/** @param {string} name */
const readCases = (name) => JSON.parse(readFileSync(new URL(`./cases/${name}`, import.meta.url), 'utf8'));

const invalidEmail = [{ code: 'invalid-email', field: 'email' }];
const label = (length = 63) => 'a'.repeat(length);
/** An address of `length` characters at `domain`. @param {number} length @param {string} domain */
const addressOf = (length, domain) => `${'a'.repeat(length - domain.length - 1)}@${domain}`;

describe('email: valid as <input type=email> judges it, after IDNA as a browser converts the domain', () => {
  table([
    {
      name: 'a Cyrillic domain is valid, and sent as written, not as its punycode',
      fields: { email: 'anna@пример.рф' },
      payload: { customerId: ID, email: 'anna@пример.рф' },
    },
    {
      name: "the same domain's punycode, what a browser's own field submits, is valid",
      fields: { email: 'anna@xn--e1afmkfd.xn--p1ai' },
      payload: { customerId: ID, email: 'anna@xn--e1afmkfd.xn--p1ai' },
    },
    {
      name: 'a domain in capitals beyond ASCII is valid, and keeps its capitals',
      fields: { email: 'Anna@ПРИМЕР.РФ' },
      payload: { customerId: ID, email: 'Anna@ПРИМЕР.РФ' },
    },
    {
      name: 'full-width letters and an ideographic full stop map to ASCII, as in a browser',
      fields: { email: 'anna@ｅｘａｍｐｌｅ。com' },
      payload: { customerId: ID, email: 'anna@ｅｘａｍｐｌｅ。com' },
    },
    {
      name: 'German ß is kept by UTS #46 (nontransitional), and valid',
      fields: { email: 'info@straße.de' },
      payload: { customerId: ID, email: 'info@straße.de' },
    },
    {
      name: 'a label that ends with a hyphen is invalid',
      fields: { email: 'someone@do-.com' },
      payload: { customerId: ID },
      issues: invalidEmail,
    },
    {
      name: 'a label that starts with a hyphen is invalid',
      fields: { email: 'somebody@-do.com' },
      payload: { customerId: ID },
      issues: invalidEmail,
    },
    {
      name: 'a label of 63 characters is valid',
      fields: { email: `a@${label()}.com` },
      payload: { customerId: ID, email: `a@${label()}.com` },
    },
    {
      name: 'a label of 64 characters is invalid',
      fields: { email: `a@${label(64)}.com` },
      payload: { customerId: ID },
      issues: invalidEmail,
    },
    {
      // 55 × ñ is xn-- and 59 letters: 63. 60 × ñ is 68, past what DNS takes.
      name: 'a label beyond ASCII is measured by its punycode, as DNS measures it',
      fields: { email: `a@${'ñ'.repeat(55)}.com` },
      payload: { customerId: ID, email: `a@${'ñ'.repeat(55)}.com` },
    },
    {
      name: 'a label beyond ASCII whose punycode passes 63 characters is invalid',
      fields: { email: `a@${'ñ'.repeat(60)}.com` },
      payload: { customerId: ID },
      issues: invalidEmail,
    },
    {
      name: 'an empty label is invalid, beyond ASCII too',
      fields: { email: 'anna@пример..рф' },
      payload: { customerId: ID },
      issues: invalidEmail,
    },
    {
      name: 'a trailing dot is invalid, beyond ASCII too',
      fields: { email: 'anna@пример.рф.' },
      payload: { customerId: ID },
      issues: invalidEmail,
    },
    {
      name: 'the local part must be ASCII, whatever the domain',
      fields: { email: 'анна@пример.рф' },
      payload: { customerId: ID },
      issues: invalidEmail,
    },
    {
      name: 'a character the URL parser refuses in a host makes the address invalid',
      fields: { email: 'anna@пример\uFFFD.рф' },
      payload: { customerId: ID },
      issues: invalidEmail,
    },
    {
      // The URL parser would read `:80` as a port, `/x` as a path and `%41` as an escape,
      // and drop them from the host it returns.
      name: 'a port, a path, a query or an escape beside a domain beyond ASCII is invalid',
      fields: { email: 'anna@пример.рф:80' },
      payload: { customerId: ID },
      issues: invalidEmail,
    },
    ...['anna@пример.рф/x', 'anna@пример.рф?x', 'anna@пример.рф#x', 'anna@при%41мер.рф', 'anna@пример.рф\\x'].map(
      (email) => ({
        name: `${JSON.stringify(email)} is invalid`,
        fields: { email },
        payload: { customerId: ID },
        issues: invalidEmail,
      }),
    ),
    {
      name: 'a full-width percent sign maps to %, which no host may hold',
      fields: { email: 'anna@при％мер.рф' },
      payload: { customerId: ID },
      issues: invalidEmail,
    },
    {
      name: 'a second @ is invalid',
      fields: { email: 'anna@b@пример.рф' },
      payload: { customerId: ID },
      issues: invalidEmail,
    },
    {
      name: `${EMAIL_MAX_LENGTH} characters are valid`,
      fields: { email: addressOf(EMAIL_MAX_LENGTH, 'example.com') },
      payload: { customerId: ID, email: addressOf(EMAIL_MAX_LENGTH, 'example.com') },
    },
    {
      name: `${EMAIL_MAX_LENGTH + 1} characters are too long`,
      fields: { email: addressOf(EMAIL_MAX_LENGTH + 1, 'example.com') },
      payload: { customerId: ID },
      issues: [{ code: 'too-long', field: 'email' }],
    },
    {
      // Counted as written: its ASCII form, xn--e1afmkfd.xn--p1ai.ru, is longer.
      name: 'the limit counts the address as written, beyond ASCII too',
      fields: { email: addressOf(EMAIL_MAX_LENGTH, 'пример.рф.ru') },
      payload: { customerId: ID, email: addressOf(EMAIL_MAX_LENGTH, 'пример.рф.ru') },
    },
    {
      name: 'a bad email is left out alone: the phone beside it is sent',
      fields: { email: 'someone@do-.com', phone: '+687 75.12.34' },
      payload: { customerId: ID, phone: '+687 75.12.34' },
      issues: invalidEmail,
    },
  ]);
});

// Where the ASCII grammar and the URL host parser part ways. The host parser runs only on a
// domain with a character beyond ASCII, so an all-ASCII domain is judged by the grammar alone.
// No top-level domain is numeric and no registry takes a label with a hyphen at an end, so
// none of these is a shopper's address; the rows show how each is judged, so that a change
// in either rule is seen.
describe('email: edges that the URL host parser decides', () => {
  table([
    {
      name: 'a numeric last label beside a domain beyond ASCII is read as IPv4 and refused',
      fields: { email: 'anna@пример.123' },
      payload: { customerId: ID },
      issues: invalidEmail,
    },
    {
      name: 'its all-ASCII form passes the grammar',
      fields: { email: 'anna@xn--e1afmkfd.123' },
      payload: { customerId: ID, email: 'anna@xn--e1afmkfd.123' },
    },
    {
      name: 'a punycode label that decodes to nothing valid is refused beside a domain beyond ASCII',
      fields: { email: 'anna@пример.xn--zz' },
      payload: { customerId: ID },
      issues: invalidEmail,
    },
    {
      name: 'its all-ASCII form passes the grammar',
      fields: { email: 'anna@xn--zz.com' },
      payload: { customerId: ID, email: 'anna@xn--zz.com' },
    },
    {
      // The URL standard converts with CheckHyphens off; the punycode ends in a letter.
      name: 'a hyphen at the end of a label beyond ASCII survives as punycode, which the grammar takes',
      fields: { email: 'anna@ñ-.com' },
      payload: { customerId: ID, email: 'anna@ñ-.com' },
    },
  ]);
});

describe('email: web-platform-tests <input type=email> validity and IDN cases', () => {
  /** @type {{ cases: { address: string, upstream: 'valid' | 'invalid', email: string | null, code?: string, reason?: string, repository: string, path: string, commit: string }[] }} */
  const { cases } = readCases('emails-wpt.json');
  test('the corpus is all there', () => assert.ok(cases.length >= 30));
  for (const { address, upstream, email, code, reason, path } of cases) {
    test(`${JSON.stringify(address)} (${path.split('/').pop()})`, () => {
      const { payload, issues } = check({ email: address });
      assert.deepEqual(payload, email === null ? { customerId: ID } : { customerId: ID, email });
      assert.deepEqual(issues, code ? [{ code, field: 'email' }] : []);
      if ((email !== null) !== (upstream === 'valid')) assert.ok(reason, 'a verdict unlike upstream says why');
    });
  }
});

describe('email: cross-check with public suites (cases/emails-upstream.json)', () => {
  /** @type {{ cases: { address: string, expect: 'accept' | 'reject' | 'either', note?: string, source: string }[] }} */
  const { cases } = readCases('emails-upstream.json');
  /** @param {string} address */
  const verdictOn = (address) => {
    const { payload, issues } = check({ email: address });
    if (payload.email !== undefined && !issues.length) return 'accept';
    const codes = issues.filter((issue) => issue.field === 'email').map((issue) => issue.code);
    return payload.email === undefined && codes.length === 1 && /^(invalid-email|too-long)$/.test(codes[0] ?? '')
      ? 'reject'
      : `${JSON.stringify(payload.email)} with ${JSON.stringify(issues)}`;
  };

  test('the corpus is all there', () => {
    assert.ok(cases.filter((entry) => entry.expect !== 'either').length >= 200);
  });

  // Lines whose verdict the suites agree on: the core must give it. None differs today.
  /** @type {{ address: string, reason: string }[]} */
  const ACCEPT_REJECT_DIFFERENCES = [];
  test('every accept and reject line gets its verdict, but for the listed differences', () => {
    const differences = cases
      .filter(({ expect, address }) => expect !== 'either' && verdictOn(address) !== expect)
      .map(({ address }) => address);
    assert.deepEqual(
      differences,
      ACCEPT_REJECT_DIFFERENCES.map(({ address }) => address),
    );
  });

  // The suites disagree on the `either` lines; the file records what a browser makes of each.
  // The project's rule is the browser's, but for the length limit, which browsers do not have.
  const TOO_LONG = `longer than the ${EMAIL_MAX_LENGTH} characters a mail server takes (RFC 5321), which a browser does not check`;
  const EITHER_DIFFERENCES = [
    {
      address:
        'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com',
      reason: TOO_LONG,
    },
    {
      address:
        'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghiklm@abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghij',
      reason: TOO_LONG,
    },
    {
      address:
        'a@abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefg.hij',
      reason: TOO_LONG,
    },
    {
      address:
        'a@abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghikl.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefg.hijk',
      reason: TOO_LONG,
    },
  ];
  test("every either line gets the browser's verdict, but for the listed differences", () => {
    const judged = cases.flatMap(({ expect, address, note }) => {
      const browser = /^(valid|invalid) to the browser/.exec(note ?? '')?.[1];
      return expect === 'either' && browser ? [{ address, browser: browser === 'valid' ? 'accept' : 'reject' }] : [];
    });
    assert.ok(judged.length >= 60, 'the file records the browser on its either lines');
    const differences = judged.filter(({ address, browser }) => verdictOn(address) !== browser);
    assert.deepEqual(
      differences.map(({ address }) => address),
      EITHER_DIFFERENCES.map(({ address }) => address),
    );
    for (const { address } of EITHER_DIFFERENCES) assert.ok(address.length > EMAIL_MAX_LENGTH);
  });
});

describe('phone: a dot between digit groups is a separator', () => {
  const invalidPhone = [{ code: 'invalid-phone', field: 'phone' }];
  table([
    ...['+687 75.12.34', '+33.1.23.45.67.89', '+7 (911) 222.33.44', '8.911.222.33.44', '+687 75-12.34'].map(
      (phone) => ({
        name: `${JSON.stringify(phone)} is sent as written`,
        fields: { phone },
        payload: { customerId: ID, phone },
      }),
    ),
    ...[
      ['+687 75..12.34', 'two dots in a row'],
      ['+687 75. 12.34', 'a dot and a space together'],
      ['+687 75.12.34.', 'a trailing dot'],
      ['.687 75.12.34', 'a leading dot'],
      ['+.687751234', 'a dot right after the +'],
      ['+687 (75).12.34', 'a dot right after the bracketed group'],
      ['75.12.34', 'six digits'],
      ['+1.234.567.890.123.456', 'sixteen digits'],
    ].map(([phone, what]) => ({
      name: `${JSON.stringify(phone)}, ${what}, is left out`,
      fields: { phone },
      payload: { customerId: ID },
      issues: invalidPhone,
    })),
  ]);
});

describe("phone: libphonenumber's example number for every region and type", () => {
  const { PhoneNumberUtil, PhoneNumberType, PhoneNumberFormat } = libphonenumber;
  const util = PhoneNumberUtil.getInstance();
  // Every type that has example numbers; FIXED_LINE_OR_MOBILE and UNKNOWN have none of their own.
  const TYPES = /** @type {const} */ ([
    'FIXED_LINE',
    'MOBILE',
    'TOLL_FREE',
    'PREMIUM_RATE',
    'SHARED_COST',
    'VOIP',
    'PERSONAL_NUMBER',
    'PAGER',
    'UAN',
    'VOICEMAIL',
  ]);
  const FORMATS = /** @type {const} */ (['E164', 'INTERNATIONAL']);
  /** @type {string[]} */
  const regions = util.getSupportedRegions().sort();
  /** @type {{ where: string, phone: string }[]} */
  const examples = [];
  /** @param {string} where @param {unknown} number */
  const add = (where, number) => {
    if (number)
      for (const format of FORMATS)
        examples.push({ where: `${where} ${format}`, phone: util.format(number, PhoneNumberFormat[format]) });
  };
  for (const region of regions)
    for (const type of TYPES) add(`${region} ${type}`, util.getExampleNumberForType(region, PhoneNumberType[type]));
  for (const code of util.getSupportedGlobalNetworkCallingCodes())
    add(`+${code}`, util.getExampleNumberForNonGeoEntity(code));

  // What the rule refuses by design, with the reason.
  const REFUSED_BY_DESIGN = [
    // Iran's UAN example is a six-digit short code: too few digits for a customer's phone (7 to 15).
    { where: 'IR UAN E164', phone: '+989601' },
    { where: 'IR UAN INTERNATIONAL', phone: '+98 9601' },
  ];

  test('the examples cover every region, the main types and the dotted format', () => {
    assert.ok(regions.length >= 240, 'libphonenumber lists every region');
    for (const type of ['FIXED_LINE', 'MOBILE'])
      assert.ok(
        examples.filter(({ where }) => where.includes(` ${type} `)).length >= 2 * 230,
        `${type} for nearly every region`,
      );
    assert.ok(
      examples.some(
        ({ where, phone }) => where === 'NC MOBILE INTERNATIONAL' && /^\+687 \d\d\.\d\d\.\d\d$/.test(phone),
      ),
    );
  });

  test('every example is sent as written, but for those the rule refuses by design', () => {
    const refused = examples.filter(({ phone }) => {
      const { payload, issues } = check({ phone });
      if (payload.phone === phone && !issues.length) return false;
      assert.deepEqual(issues, [{ code: 'invalid-phone', field: 'phone' }], 'a refused number is an invalid phone');
      return true;
    });
    assert.deepEqual(refused, REFUSED_BY_DESIGN);
  });
});

describe('soft links: an email address is no soft link', () => {
  const emailSoftLink = [{ code: 'email-soft-link', field: 'softLinks' }];
  table([
    {
      name: 'a soft link whose value is an email address is left out, the rest is sent',
      fields: { email: 'anna@example.com' },
      softLinks: [
        { name: 'email', value: 'anna@example.com' },
        { name: 'card', value: '77' },
      ],
      payload: { customerId: ID, email: 'anna@example.com', softLinks: [{ name: 'card', value: '77' }] },
      issues: emailSoftLink,
    },
    {
      name: 'an address beyond ASCII is an email address too',
      softLinks: [{ name: 'mail', value: 'anna@пример.рф' }],
      fields: {},
      payload: { customerId: ID },
      issues: emailSoftLink,
    },
    {
      name: 'so is its punycode, whatever the name',
      softLinks: [{ name: 'loyalty', value: 'anna@xn--e1afmkfd.xn--p1ai' }],
      fields: {},
      payload: { customerId: ID },
      issues: emailSoftLink,
    },
    {
      name: 'the value is judged trimmed, as the email field is',
      softLinks: [{ name: 'email', value: '  anna@example.com\n' }],
      fields: {},
      payload: { customerId: ID },
      issues: emailSoftLink,
    },
    {
      name: 'each email soft link has its own issue; the others keep their order',
      softLinks: [
        { name: 'a', value: 'anna@example.com' },
        { name: 'phone', value: '+687 75.12.34' },
        { name: 'b', value: 'boris@example.com' },
        { name: 'card', value: '77' },
      ],
      fields: {},
      payload: {
        customerId: ID,
        softLinks: [
          { name: 'phone', value: '+687 75.12.34' },
          { name: 'card', value: '77' },
        ],
      },
      issues: [...emailSoftLink, ...emailSoftLink],
    },
    {
      // Not an email address under the email rule, so nothing bars it as a soft link.
      name: 'a value that only looks like an address (a label ends with a hyphen) is sent',
      softLinks: [{ name: 'login', value: 'someone@do-.com' }],
      fields: {},
      payload: { customerId: ID, softLinks: [{ name: 'login', value: 'someone@do-.com' }] },
    },
    {
      name: 'a name that is an email address is no problem: only the value points at a customer',
      softLinks: [{ name: 'anna@example.com', value: '77' }],
      fields: {},
      payload: { customerId: ID, softLinks: [{ name: 'anna@example.com', value: '77' }] },
    },
  ]);
});
