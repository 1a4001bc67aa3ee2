/**
 * fast-check generators for what a page may give `<rr-customer>`: field values as attribute
 * text or as properties, `customData` / `softLinks` property values (good and badly shaped),
 * child elements, and sequences of changes. customer-model.ts predicts the outcome of each.
 *
 * Customer IDs, emails and phone numbers that could pass for real ones have the shapes the
 * privacy checker knows (personal-data.ts), so a leak of one would be caught. They are
 * synthetic: `example.com` addresses, IDs `customer-N-…`, numbers made of random digits.
 */
import fc from 'fast-check';
import type { ChildModel, FieldName } from './customer-model.js';

const pad = (text: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom('', '', ' ', '\n\t', '\u00a0'), text, fc.constantFrom('', '', ' ', '  \n')).map((parts) => parts.join(''));

const blank = fc.constantFrom('', ' ', '\t\n', '\u00a0', '\u2003 \ufeff');

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
  longText,
);

const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^\\d{${min},${max}}$`));

export const shapedCustomerId = fc
  .tuple(fc.integer({ min: 1, max: 999999 }), fc.stringMatching(/^[a-z0-9]{6}$/))
  .map(([n, tail]) => `customer-${n}-${tail}`);

export const validEmail = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{1,8}$/), fc.integer({ min: 0, max: 99999 }), fc.constantFrom('com', 'org'))
  .map(([name, n, tld]) => `person.${name}.${n}@example.${tld}`);

const SEED_PHONES = [
  '71112223344', '81112223344', '+71112223344', '+7(111)2223344', '+7(111)222-33-44', '+7 (111) 222-33-44',
  '+7 (111) 222 33 44', '+7 111 222 33 44', '+7-111-222-33-44', '8-111-222-33-44', '5577999617074', '31687224865',
  '56948840030', '123456789012345',
];

export const validPhone = fc.oneof(
  fc.constantFrom(...SEED_PHONES),
  digits(7, 15).map((number) => `+${number}`),
  fc.tuple(digits(3, 3), digits(3, 3), digits(2, 2), digits(2, 2)).map(([a, b, c, d]) => `+7 (${a}) ${b}-${c}-${d}`),
);

const fewDigits = (text: string) => text.replace(/\D/g, '').length < 7;

export const invalidEmail = fc.oneof(
  anyText.filter((text) => !text.includes('@') && text.trim() !== ''),
  fc.constantFrom('a@', '@example.com', 'a b@example.com', 'a@b', 'x@@example.com', 'person@example.'),
);

export const invalidPhone = fc.oneof(
  anyText.filter((text) => fewDigits(text) && text.trim() !== ''),
  digits(16, 22),
  digits(1, 6).map((number) => `+${number}`),
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

const FIELD_TEXT: Record<FieldName, fc.Arbitrary<string>> = {
  customerId: fc.oneof({ arbitrary: pad(shapedCustomerId), weight: 6 }, { arbitrary: anyText, weight: 2 }),
  email: fc.oneof({ arbitrary: pad(validEmail), weight: 5 }, { arbitrary: invalidEmail, weight: 1 }, { arbitrary: blank, weight: 1 }),
  phone: fc.oneof({ arbitrary: pad(validPhone), weight: 5 }, { arbitrary: invalidPhone, weight: 1 }, { arbitrary: blank, weight: 1 }),
  defaultStockId: fc.oneof(
    { arbitrary: fc.constantFrom('msk', 'spb-2', 'x'.repeat(50), ` ${'y'.repeat(50)} `, 'z'.repeat(51)), weight: 2 },
    { arbitrary: anyText, weight: 1 },
  ),
  isAgreedToReceiveMarketingMail: fc.oneof(
    { arbitrary: fc.constantFrom('true', 'false', '1', '0', 'TRUE', ' False ', ' ', 'yes', 'no', '2'), weight: 5 },
    { arbitrary: anyText, weight: 1 },
  ),
};

const FIELD_PROPERTY: Record<FieldName, fc.Arbitrary<unknown>> = {
  customerId: fc.oneof(pad(shapedCustomerId), fc.integer(), fc.constant(undefined)),
  email: fc.oneof(validEmail, fc.constant(undefined), fc.integer()),
  phone: fc.oneof(validPhone, fc.constant(undefined)),
  defaultStockId: fc.oneof(fc.constant('msk'), fc.constant(undefined), fc.integer()),
  isAgreedToReceiveMarketingMail: fc.constantFrom(true, false, undefined, 'yes', 1),
};

export const fieldNames: readonly FieldName[] = ['customerId', 'email', 'phone', 'defaultStockId', 'isAgreedToReceiveMarketingMail'];

export const fieldWrite = (field: FieldName): fc.Arbitrary<FieldWrite> =>
  fc.oneof(
    { arbitrary: attribute(FIELD_TEXT[field]), weight: 6 },
    { arbitrary: property(FIELD_PROPERTY[field]), weight: 2 },
    { arbitrary: removal, weight: 1 },
  );

const pairName = fc.oneof(
  { arbitrary: fc.constantFrom('tier', 'card', 'a', ' a ', 'b', 'c d', 'Ünï', '<i>'), weight: 8 },
  { arbitrary: fc.constantFrom('', ' '), weight: 1 },
);
const pairValue = fc.oneof({ arbitrary: fc.constantFrom('gold', '1', ' x ', 'y'), weight: 3 }, { arbitrary: anyText, weight: 2 });

/** A `customData` property value: absent, a good record, or one of the bad shapes. */
export const customDataValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 2 },
  { arbitrary: fc.dictionary(pairName, pairValue, { maxKeys: 4 }), weight: 6 },
  {
    arbitrary: fc.oneof(
      fc.integer(),
      anyText,
      fc.array(fc.string(), { maxLength: 2 }),
      fc.constant(true),
      fc.constant({ tier: 5 }),
      fc.constant({ tier: { nested: 'x' } }),
    ),
    weight: 1,
  },
);

/** A `softLinks` property value: absent, a good list, or one of the bad shapes. */
export const softLinksValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 2 },
  { arbitrary: fc.array(fc.record({ name: pairName, value: pairValue }), { maxLength: 4 }), weight: 5 },
  {
    arbitrary: fc.oneof(
      fc.integer(),
      anyText,
      fc.constant({ name: 'card', value: '1' }),
      fc.constant([5]),
      fc.constant([{ value: 'no name' }]),
      fc.constant([{ name: 'card', value: 5 }]),
      fc.constant([null]),
    ),
    weight: 1,
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
  | { readonly kind: 'child-attribute'; readonly at: number; readonly attribute: 'name' | 'value'; readonly text: string | null }
  | { readonly kind: 'reconnect' }
  /** A new element with the same input takes the place of the old one (a framework's remount). */
  | { readonly kind: 'remount' }
  /** The input goes back to what it was before the previous step (say, a broken field fixed back). */
  | { readonly kind: 'undo' };

const simpleChange: fc.Arbitrary<Change> = fc.oneof(
  { arbitrary: fc.constantFrom(...fieldNames).chain((field) => fieldWrite(field).map((write) => ({ kind: 'field' as const, field, write }))), weight: 6 },
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
);

/** A step: one change, or several made in the same task (which must make one outcome). */
export const step: fc.Arbitrary<readonly Change[]> = fc.oneof(
  { arbitrary: simpleChange.map((change) => [change]), weight: 4 },
  { arbitrary: fc.array(simpleChange, { minLength: 2, maxLength: 5 }), weight: 1 },
);

/** The element's state when it is first connected. */
export const initialState = fc.record({
  fields: fc.record(
    Object.fromEntries(fieldNames.map((field) => [field, fieldWrite(field)])) as Record<FieldName, fc.Arbitrary<FieldWrite>>,
    { requiredKeys: ['customerId'] },
  ),
  customData: customDataValue,
  softLinks: softLinksValue,
  children: fc.array(childModel, { maxLength: 5 }),
});
