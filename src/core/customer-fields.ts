import { $ZodCustom, type $ZodType } from 'zod/v4/core';
import { isEmail, PHONE_MAX_LENGTH, PHONE_PATTERN } from './contact-rules.js';
import type { IssueCode } from './customer-issue.js';
import { hasTemplateTag, identifiesNoOne } from './identity-rules.js';
import { CONSENT_WORDS } from './read-text.js';

// Each schema checks one value, already read as text (or a boolean) by read-text.ts, and
// answers with an issue code; the message is composed from the code, the field's name and its
// limit, so that no sentence is written twice and none quotes the value (messages reach the
// console). zod's core classes are used as they are, and validated through `~standard`,
// because the wrappers of zod/mini weigh about 1.2 KB more on the wire for nothing used here;
// and every rule is one kind of check, since each further kind of check class costs about 170 B.

/** Longest text the tracker is given for any ID, name or value. Far past real data, it stops a giant value before any costlier check. */
export const TEXT_MAX_LENGTH = 1000;

/** The longest email address a mail server takes (RFC 5321). */
export const EMAIL_MAX_LENGTH = 254;

/** The longest region ID Retail Rocket's documentation allows. */
export const REGION_MAX_LENGTH = 50;

// One kind of zod check for every rule: a value's issue is the code its error answers with.
// A rule may carry further rules, which run after it, and not at all when it aborts.
// Stryker disable next-line BooleanLiteral: only the first issue is read, so whether the checks after a failed one run changes no answer
const rule = (code: IssueCode, test: (text: string) => boolean, abort = false, checks: $ZodCustom[] = []) =>
  new $ZodCustom({
    // Stryker disable next-line StringLiteral: zod stores these names for JSON Schema and its compiler; validating never reads them
    type: 'custom',
    // Stryker disable next-line StringLiteral: as above
    check: 'custom',
    fn: (value) => test(value as string),
    abort,
    checks,
    error: () => code,
  });

/**
 * Text of at most `max` characters, with no unfilled template tag, then `checks`. The values
 * are text already (read-text.ts). The length is counted in code points, as a person counts
 * characters, and checked first and finally when it fails, so that no other check ever reads
 * a giant value.
 */
const text = (max: number, ...checks: $ZodCustom[]) => {
  const within = new RegExp(`^[^]{0,${max}}$`, 'u');
  return rule('too-long', (text) => within.test(text), true, [
    rule('template-tag', (text) => !hasTemplateTag(text)),
    ...checks,
  ]);
};

const identifiesSomeone = () => rule('guest-id', (text) => !identifiesNoOne(text));

/** A field of the element's own, with its attribute: its schema, and whether a problem with it blocks the whole call. */
export interface ValueField {
  readonly name: string;
  readonly attribute: string;
  readonly max: number;
  readonly schema: $ZodType;
  readonly blocks?: true;
}

/** A list field, a property only: the schemas of one `{ name, value }` pair. A problem there drops that pair alone. */
export interface PairsField {
  readonly name: string;
  /** What one pair is called in a message. */
  readonly pair: string;
  readonly pairName: $ZodType;
  readonly pairValue: $ZodType;
}

/**
 * The contract: Retail Rocket's seven parameters, in its documentation's key order, which the
 * payload keeps. Everything else that names a field (the element's properties, the attributes
 * the check command reads, the framework typings, the input's and the payload's types) is
 * derived from this table. Without a customer ID there is no one to send, and consent read
 * wrongly would state a choice nobody made, so a problem with either blocks the call; any
 * other problem drops only its own field or pair.
 */
export const CUSTOMER_FIELDS = [
  {
    name: 'customerId',
    attribute: 'customer-id',
    max: TEXT_MAX_LENGTH,
    schema: text(TEXT_MAX_LENGTH, identifiesSomeone()),
    blocks: true,
  },
  {
    name: 'email',
    attribute: 'email',
    max: EMAIL_MAX_LENGTH,
    schema: text(EMAIL_MAX_LENGTH, rule('invalid-email', isEmail)),
  },
  {
    name: 'phone',
    attribute: 'phone',
    max: PHONE_MAX_LENGTH,
    schema: text(
      PHONE_MAX_LENGTH,
      rule('invalid-phone', (text) => PHONE_PATTERN.test(text)),
    ),
  },
  { name: 'customData', pair: 'custom data', pairName: text(TEXT_MAX_LENGTH), pairValue: text(TEXT_MAX_LENGTH) },
  { name: 'defaultStockId', attribute: 'default-stock-id', max: REGION_MAX_LENGTH, schema: text(REGION_MAX_LENGTH) },
  {
    name: 'softLinks',
    pair: 'soft link',
    pairName: text(TEXT_MAX_LENGTH),
    // A soft link's value points at one customer, as the ID does; Retail Rocket's
    // documentation says an email address must not be one.
    pairValue: text(
      TEXT_MAX_LENGTH,
      identifiesSomeone(),
      rule('email-soft-link', (text) => !isEmail(text)),
    ),
  },
  {
    name: 'isAgreedToReceiveMarketingMail',
    attribute: 'is-agreed-to-receive-marketing-mail',
    max: TEXT_MAX_LENGTH,
    // Read consent is a boolean; text left over is no consent word. A custom check rather
    // than zod's boolean type, which would be one more class on the wire.
    schema: rule('invalid-consent', (value) => typeof value === 'boolean'),
    blocks: true,
  },
] as const satisfies readonly (ValueField | PairsField)[];

export type CustomerField = (typeof CUSTOMER_FIELDS)[number];
/** The seven parameters' camelCase names. */
export type FieldName = CustomerField['name'];
/** The parameters that have an attribute: every one but the two lists. */
export type AttributeField = Extract<CustomerField, { attribute: string }>;
export type AttributeFieldName = AttributeField['name'];
export type PairsFieldName = Exclude<FieldName, AttributeFieldName>;

/** `<rr-customer>`'s attribute names, each with the field it sets. */
// Pure, both calls, so that a bundle of the element, which has no use for it, drops it: esbuild
// keeps the arguments of a pure call that are themselves calls.
export const CUSTOMER_ATTRIBUTES = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */ CUSTOMER_FIELDS.flatMap((field) => ('attribute' in field ? [[field.attribute, field.name]] : [])),
) as { readonly [Field in AttributeField as Field['attribute']]: Field['name'] };

const consentWords = CONSENT_WORDS.flat();

// What each code says about `what`, whose limit is `max`.
const MESSAGES: Partial<Record<IssueCode, (what: string, max: number) => string>> = {
  'too-long': (what, max) => `${what} must have at most ${max} characters`,
  'template-tag': (what) => `${what} holds a template tag that was never filled in`,
  'guest-id': (what) => `${what} is a placeholder that identifies no one (a guest's or an empty ID)`,
  'invalid-email': (what) => `${what} must be a valid email address`,
  'email-soft-link': (what) => `${what} is an email address, which Retail Rocket does not take as a soft link`,
  'invalid-phone': (what) =>
    `${what} must have 7 to 15 digits, written as in E.164 or in one of Retail Rocket's formats`,
  'invalid-consent': (what) =>
    `${what} must be ${consentWords.slice(0, -1).join(', ')} or ${consentWords.at(-1) as string}`,
};

/** The first problem `schema` finds with `value`, as its code and message, or `undefined` when there is none. */
export function problemWith(
  schema: $ZodType,
  value: unknown,
  what: string,
  max = TEXT_MAX_LENGTH,
): { code: IssueCode; message: string } | undefined {
  const result = schema['~standard'].validate(value) as { issues?: readonly { message: string }[] };
  const code = result.issues?.[0]?.message as IssueCode | undefined;
  return code && { code, message: (MESSAGES[code] as (what: string, max: number) => string)(what, max) };
}
