/**
 * fast-check generators for what a page may give `<rr-customer>`: field values as attribute
 * text or as properties, `customData` / `softLinks` property values (good and badly shaped),
 * child elements, and sequences of changes. customer-model.ts predicts the outcome of each.
 *
 * Besides good and broken values they make what real templates and frameworks print (issue
 * 8): placeholders (`None`, `null`, `<no value>`…), guests' IDs (`0`, `guest`, the all-zero
 * UUID…), unfilled template tags and near misses that are none, numbers, NaN and Infinity,
 * yes/no/Y/N/on/off consent and empty consent, text at and over each limit in code points.
 *
 * Customer IDs, emails and phone numbers that could pass for real ones have the shapes the
 * privacy checker knows (personal-data.ts), so a leak of one would be caught. They are
 * synthetic: `example.com` addresses, IDs `customer-N-…`, numbers made of random digits.
 */
import fc from 'fast-check';
import { NO_ONE_IDS, PLACEHOLDERS, type ChildModel, type FieldName } from './customer-model.js';

const pad = (text: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom('', '', ' ', '\n\t', '\u00a0'), text, fc.constantFrom('', '', ' ', '  \n'))
    .map((parts) => parts.join(''));

/** `text` in lower case, upper case, or as written. */
const anyCase = (texts: readonly string[]): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom(...texts), fc.constantFrom('as written', 'lower', 'upper'))
    .map(([text, form]) => (form === 'lower' ? text.toLowerCase() : form === 'upper' ? text.toUpperCase() : text));

const blank = fc.constantFrom('', ' ', '\t\n', '\u00a0', '\u2003 \ufeff');

/** What a template prints for a missing value: not given, wherever it appears. */
export const placeholder: fc.Arbitrary<string> = pad(anyCase(PLACEHOLDERS));

/** What a template prints for a visitor it does not know: invalid as a customer ID or soft link value. */
export const guestId: fc.Arbitrary<string> = pad(anyCase(NO_ONE_IDS));

/** A template tag left unfilled, alone or inside other text. */
export const templateTag: fc.Arbitrary<string> = fc.constantFrom(
  '{{ customer.id }}',
  '{{customer.email}}',
  '{%- if customer -%}',
  '<?= $customer_id ?>',
  '<?php echo $phone; ?>',
  '<%= user.id %>',
  '${user.id}',
  '{$smarty.id}',
  'id-{{ id }}-7',
  '{{}}',
);

/** Text with a tag's opening but no closer after it, or a closer first: no template tag. */
export const nearTemplateTag: fc.Arbitrary<string> = fc.constantFrom(
  '{{ half',
  'a }} {{ b',
  '%} {%',
  '50% {off}',
  '$ {5}',
  '{ $5 }',
  '<? no',
  'a ?> <?',
  '{{ x }',
);

const longText = fc
  .tuple(fc.string({ minLength: 1, maxLength: 4 }), fc.integer({ min: 60, max: 2500 }))
  .map(([unit, times]) => unit.repeat(times));

/** Any text at all: blank, unicode (lone surrogates and emoji included), very long, or markup-like. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  blank,
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom(
    '[object Object]',
    'undefined',
    'null',
    '\ud800',
    '👩‍👩‍👧 \u0301e',
    '<b>bold</b>',
    '<rr-soft-link name="x" value="y"></rr-soft-link>',
    '"><img src=x onerror=alert(1)>',
    '{"customerId":"x"}',
  ),
  placeholder,
  templateTag,
  nearTemplateTag,
  longText,
);

/** Text of exactly `count` code points, with emoji in it, so that UTF-16 length is no guide. */
const codePointText = (count: number): fc.Arbitrary<string> =>
  fc.constantFrom('😀', 'ж', 'x').map((unit) => `${unit}`.repeat(count));

const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^\\d{${min},${max}}$`));

export const shapedCustomerId = fc
  .tuple(fc.integer({ min: 1, max: 999999 }), fc.stringMatching(/^[a-z0-9]{6}$/))
  .map(([n, tail]) => `customer-${n}-${tail}`);

const asciiEmail = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{1,8}$/), fc.integer({ min: 0, max: 99999 }), fc.constantFrom('com', 'org'))
  .map(([name, n, tld]) => `person.${name}.${n}@example.${tld}`);

/** An email whose domain a browser converts to ASCII before it judges it. */
const internationalEmail = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{1,8}$/), fc.constantFrom('пример.рф', 'bücher.de', 'xn--e1afmkfd.xn--p1ai'))
  .map(([name, domain]) => `${name}@${domain}`);

export const validEmail = fc.oneof({ arbitrary: asciiEmail, weight: 4 }, { arbitrary: internationalEmail, weight: 1 });

/** An email of the valid form, but over 254 characters. */
export const tooLongEmail = fc
  .integer({ min: 243, max: 400 })
  .map((length) => `person.${'a'.repeat(length - 7)}@example.com`);

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

export const validPhone = fc.oneof(
  fc.constantFrom(...SEED_PHONES),
  digits(7, 15).map((number) => `+${number}`),
  fc.tuple(digits(3, 3), digits(3, 3), digits(2, 2), digits(2, 2)).map(([a, b, c, d]) => `+7 (${a}) ${b}-${c}-${d}`),
  fc.tuple(digits(3, 3), digits(3, 3), digits(4, 4)).map(([a, b, c]) => `${a}.${b}.${c}`),
);

/** A phone number as a framework may keep it: a whole number of 7 to 15 digits. */
export const validPhoneNumber = fc.integer({ min: 1_000_000, max: 999_999_999_999_999 });

const fewDigits = (text: string) => text.replace(/\D/g, '').length < 7;
const notGiven = (text: string) =>
  text.trim() === '' || PLACEHOLDERS.some((word) => word.toLowerCase() === text.trim().toLowerCase());

/** Email text that is given and invalid. */
export const invalidEmail = fc.oneof(
  anyText.filter((text) => !text.includes('@') && !notGiven(text)),
  fc.constantFrom(
    'a@',
    '@example.com',
    'a b@example.com',
    'someone@do-.com',
    'x@@example.com',
    'person@example.',
    `a@${'b'.repeat(64)}.com`,
    'anna@при мер.рф',
  ),
  templateTag,
  tooLongEmail,
);

/** Phone text that is given and invalid. */
export const invalidPhone = fc.oneof(
  anyText.filter((text) => fewDigits(text) && !notGiven(text)),
  digits(16, 22),
  digits(1, 6).map((number) => `+${number}`),
  validPhone.map((phone) => `${phone.slice(0, 3)}{{ tail }}`),
);

/** A field's new value and how it arrives. */
export type FieldWrite =
  | { readonly via: 'attribute'; readonly text: string }
  | { readonly via: 'remove-attribute' }
  | { readonly via: 'property'; readonly value: unknown };

const attribute = (text: fc.Arbitrary<string>): fc.Arbitrary<FieldWrite> =>
  text.map((value) => ({ via: 'attribute' as const, text: value }));
const property = (value: fc.Arbitrary<unknown>): fc.Arbitrary<FieldWrite> =>
  value.map((given) => ({ via: 'property' as const, value: given }));
const removal: fc.Arbitrary<FieldWrite> = fc.constant({ via: 'remove-attribute' as const });

/** Values that can be no text: each is bad wherever text belongs. */
const noText = fc.constantFrom<unknown>(true, false, Infinity, -Infinity, { id: 1 }, ['x'], () => 'x');

const FIELD_TEXT: Record<FieldName, fc.Arbitrary<string>> = {
  customerId: fc.oneof(
    { arbitrary: pad(shapedCustomerId), weight: 14 },
    { arbitrary: anyText, weight: 2 },
    { arbitrary: guestId, weight: 2 },
    { arbitrary: placeholder, weight: 1 },
    { arbitrary: templateTag, weight: 1 },
    {
      arbitrary: fc.oneof(
        codePointText(1000),
        codePointText(1001),
        shapedCustomerId.map((id) => id.repeat(60)),
      ),
      weight: 1,
    },
  ),
  email: fc.oneof(
    { arbitrary: pad(validEmail), weight: 6 },
    { arbitrary: invalidEmail, weight: 2 },
    { arbitrary: blank, weight: 1 },
    { arbitrary: placeholder, weight: 1 },
  ),
  phone: fc.oneof(
    { arbitrary: pad(validPhone), weight: 6 },
    { arbitrary: invalidPhone, weight: 2 },
    { arbitrary: blank, weight: 1 },
    { arbitrary: placeholder, weight: 1 },
  ),
  defaultStockId: fc.oneof(
    {
      arbitrary: fc.constantFrom('msk', 'spb-2', '0', 'x'.repeat(50), ` ${'y'.repeat(50)} `, 'z'.repeat(51)),
      weight: 3,
    },
    { arbitrary: fc.oneof(codePointText(50), codePointText(51)), weight: 1 },
    { arbitrary: anyText, weight: 1 },
    { arbitrary: placeholder, weight: 1 },
    { arbitrary: templateTag, weight: 1 },
  ),
  isAgreedToReceiveMarketingMail: fc.oneof(
    {
      arbitrary: fc.constantFrom(
        'true',
        'false',
        '1',
        '0',
        'TRUE',
        ' False ',
        'yes',
        'No',
        'Y',
        'n',
        'on',
        'OFF',
        ' ',
        '',
      ),
      weight: 12,
    },
    { arbitrary: fc.constantFrom('2', 'maybe', 'yes please'), weight: 1 },
    { arbitrary: placeholder, weight: 1 },
    { arbitrary: anyText, weight: 1 },
  ),
};

const FIELD_PROPERTY: Record<FieldName, fc.Arbitrary<unknown>> = {
  customerId: fc.oneof(
    { arbitrary: pad(shapedCustomerId), weight: 5 },
    { arbitrary: fc.integer({ min: 1, max: 2_000_000_000 }), weight: 3 },
    { arbitrary: fc.constantFrom<unknown>(0, -1, -0, 4.5, NaN, undefined, null, ''), weight: 1 },
    { arbitrary: noText, weight: 1 },
  ),
  email: fc.oneof(validEmail, fc.constant(undefined), fc.integer(), noText),
  phone: fc.oneof(
    validPhone,
    validPhoneNumber,
    fc.integer({ min: 0, max: 999_999 }),
    fc.constantFrom<unknown>(undefined, NaN),
    noText,
  ),
  defaultStockId: fc.oneof(fc.constantFrom<unknown>('msk', undefined, NaN, 0), fc.integer(), noText),
  isAgreedToReceiveMarketingMail: fc.oneof(
    {
      arbitrary: fc.constantFrom<unknown>(true, false, undefined, null, 'yes', 'N', 'on', '', 'None', 1, 0, NaN),
      weight: 6,
    },
    { arbitrary: fc.constantFrom<unknown>('maybe', {}, Infinity), weight: 1 },
  ),
};

export const fieldNames: readonly FieldName[] = [
  'customerId',
  'email',
  'phone',
  'defaultStockId',
  'isAgreedToReceiveMarketingMail',
];

export const fieldWrite = (field: FieldName): fc.Arbitrary<FieldWrite> =>
  fc.oneof(
    { arbitrary: attribute(FIELD_TEXT[field]), weight: 6 },
    { arbitrary: property(FIELD_PROPERTY[field]), weight: 3 },
    { arbitrary: removal, weight: 1 },
  );

const pairName = fc.oneof(
  { arbitrary: fc.constantFrom('tier', 'card', 'a', ' a ', 'b', 'c d', 'Ünï', '<i>', 'guest'), weight: 10 },
  { arbitrary: fc.constantFrom('', ' '), weight: 1 },
  { arbitrary: fc.oneof(placeholder, templateTag, codePointText(1001)), weight: 1 },
);
const pairValue = fc.oneof(
  { arbitrary: fc.constantFrom('gold', '1', ' x ', 'y', '42'), weight: 4 },
  { arbitrary: anyText, weight: 2 },
  { arbitrary: fc.oneof(guestId, templateTag, placeholder, validEmail), weight: 1 },
);
/** A pair's value as a property may hold it: text, a number, or something that can be no text. */
const propertyPairValue = fc.oneof(
  { arbitrary: pairValue, weight: 6 },
  { arbitrary: fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2.5, NaN)), weight: 2 },
  { arbitrary: noText, weight: 1 },
);

/** An object whose property getter throws when read. */
const throwingRecord = fc.constant(null).map((): unknown =>
  Object.defineProperty({}, 'tier', {
    enumerable: true,
    get() {
      throw new Error('a getter that throws');
    },
  }),
);

/** A `customData` property value: absent, a good record, or one of the bad shapes. */
export const customDataValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom<unknown>(undefined, null, '', 'None'), weight: 2 },
  { arbitrary: fc.dictionary(pairName, propertyPairValue, { maxKeys: 4 }), weight: 6 },
  {
    arbitrary: fc.oneof(
      fc.integer(),
      anyText,
      fc.array(fc.string(), { maxLength: 2 }),
      fc.constantFrom<unknown>(true, false, Infinity, () => ({})),
      fc.constant({ tier: { nested: 'x' } }),
      fc.constant(new Map([['tier', 'gold']])),
      throwingRecord,
    ),
    weight: 2,
  },
);

/** A `softLinks` property value: absent, a good list, or one of the bad shapes. */
export const softLinksValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom<unknown>(undefined, null, '', 'null'), weight: 2 },
  { arbitrary: fc.array(fc.record({ name: pairName, value: propertyPairValue }), { maxLength: 4 }), weight: 5 },
  {
    arbitrary: fc.oneof(
      fc.integer(),
      anyText,
      fc.constant({ name: 'card', value: '1' }),
      fc.constant([5]),
      fc.constant(['card']),
      fc.constant([{ value: 'no name' }]),
      fc.constant([{ name: 'card', value: true }]),
      fc.constant([null]),
      fc.constant([undefined]),
      throwingRecord.map((record) => [record]),
      fc.constant(null).map(() => [
        Object.defineProperty({ name: 'card' }, 'value', {
          enumerable: true,
          get() {
            throw new Error('a getter that throws');
          },
        }),
      ]),
    ),
    weight: 2,
  },
);

export const childModel: fc.Arbitrary<ChildModel> = fc.record({
  tag: fc.constantFrom('rr-soft-link', 'rr-soft-link', 'rr-custom-data', 'rr-custom-data', 'div'),
  name: fc.option(pairName, { nil: null, freq: 10 }),
  value: fc.option(pairValue, { nil: null, freq: 6 }),
  nested: fc.oneof({ arbitrary: fc.constant(false), weight: 4 }, { arbitrary: fc.constant(true), weight: 1 }),
});

/** One change the page makes. */
export type Change =
  | { readonly kind: 'field'; readonly field: FieldName; readonly write: FieldWrite }
  | { readonly kind: 'customData'; readonly value: unknown }
  | { readonly kind: 'softLinks'; readonly value: unknown }
  | { readonly kind: 'add-child'; readonly child: ChildModel; readonly at: number }
  | { readonly kind: 'remove-child'; readonly at: number }
  | {
      readonly kind: 'child-attribute';
      readonly at: number;
      readonly attribute: 'name' | 'value';
      readonly text: string | null;
    }
  | { readonly kind: 'reconnect' }
  /** A new element with the same input takes the place of the old one (a framework's remount). */
  | { readonly kind: 'remount' }
  /** The input goes back to what it was before the previous step (say, a broken field fixed back). */
  | { readonly kind: 'undo' }
  /**
   * The value of `target`, when it can be no text (or is no shape its property takes), is
   * replaced by another of the same kind: `true` by `false`, one object by another, Infinity
   * by -Infinity. The element sees no change in that; a model that compared contents would.
   */
  | { readonly kind: 'same-kind'; readonly target: FieldName | 'customData' | 'softLinks' };

const simpleChange: fc.Arbitrary<Change> = fc.oneof(
  {
    arbitrary: fc
      .constantFrom(...fieldNames)
      .chain((field) => fieldWrite(field).map((write) => ({ kind: 'field' as const, field, write }))),
    weight: 6,
  },
  { arbitrary: customDataValue.map((value) => ({ kind: 'customData' as const, value })), weight: 2 },
  { arbitrary: softLinksValue.map((value) => ({ kind: 'softLinks' as const, value })), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('add-child' as const), child: childModel, at: fc.nat(8) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('remove-child' as const), at: fc.nat(8) }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('child-attribute' as const),
      at: fc.nat(8),
      attribute: fc.constantFrom('name' as const, 'value' as const),
      text: fc.option(fc.oneof(pairName, pairValue), { nil: null }),
    }),
    weight: 2,
  },
  { arbitrary: fc.constant({ kind: 'reconnect' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'remount' as const }), weight: 2 },
  { arbitrary: fc.constant({ kind: 'undo' as const }), weight: 3 },
  {
    arbitrary: fc
      .constantFrom(...fieldNames, 'customData' as const, 'softLinks' as const)
      .map((target) => ({ kind: 'same-kind' as const, target })),
    weight: 2,
  },
);

/** A step: one change, or several made in the same task (which must make one outcome). */
export const step: fc.Arbitrary<readonly Change[]> = fc.oneof(
  { arbitrary: simpleChange.map((change) => [change]), weight: 4 },
  { arbitrary: fc.array(simpleChange, { minLength: 2, maxLength: 5 }), weight: 1 },
);

/** The element's state when it is first connected. */
export const initialState = fc.record({
  fields: fc.record(
    Object.fromEntries(fieldNames.map((field) => [field, fieldWrite(field)])) as Record<
      FieldName,
      fc.Arbitrary<FieldWrite>
    >,
    { requiredKeys: ['customerId'] },
  ),
  customData: customDataValue,
  softLinks: softLinksValue,
  children: fc.array(childModel, { maxLength: 5 }),
});
