import { $ZodBoolean, $ZodCustom, $ZodString, regexes, type $ZodType } from 'zod/v4/core';
import { identifiesNoOne } from './guest-ids.js';
import { hasTemplateTag } from './template-tags.js';
import { PHONE_MAX_LENGTH, PHONE_PATTERN } from './phone-pattern.js';

// Each schema checks one value, already read as text (or a boolean) by read-text.ts. Every
// message names the field and the rule, never the value: messages reach the console.
// zod's core classes are used as they are, and validated through `~standard`, because the
// wrappers of zod/mini weigh about 1.2 KB more on the wire for nothing used here; and every
// rule is one kind of check, since each further kind of check class costs about 170 B.

/** Longest text the tracker is given for any ID, name or value. Far past real data, it stops a giant value before any costlier check. */
export const TEXT_MAX_LENGTH = 1000;

/** The longest email address a mail server takes (RFC 5321). */
const EMAIL_MAX_LENGTH = 254;

const rule = (test: (text: string) => boolean, message: string, abort = false) =>
  new $ZodCustom({ type: 'custom', check: 'custom', fn: (value) => test(value as string), abort, error: () => message });

// Counted in code points, as a person counts characters; first, and final when it fails,
// so that no other check ever reads a giant value.
const atMost = (what: string, max: number) => {
  const within = new RegExp(`^[^]{0,${max}}$`, 'u');
  return rule((text) => within.test(text), `${what} must have at most ${max} characters`, true);
};

const pattern = (expected: RegExp, message: string) => rule((text) => expected.test(text), message);

const noTemplateTag = (what: string) => rule((text) => !hasTemplateTag(text), `${what} holds a template tag that was never filled in`);

const identifiesSomeone = (what: string) =>
  rule((text) => !identifiesNoOne(text), `${what} is a placeholder that identifies no one (a guest's or an empty ID)`);

/** Text for `what`: at most `max` characters, no unfilled template tag, then `checks`. */
const text = (what: string, max = TEXT_MAX_LENGTH, ...checks: $ZodCustom[]) =>
  new $ZodString({ type: 'string', checks: [atMost(what, max), noTemplateTag(what), ...checks], error: () => `${what} must be text` });

/** A field of the element's own: its schema, and whether a problem with it blocks the whole call. */
export interface TextField {
  readonly name: 'customerId' | 'email' | 'phone' | 'defaultStockId' | 'isAgreedToReceiveMarketingMail';
  readonly schema: $ZodType;
  readonly blocks?: boolean;
}

/** A list field: the schemas of one `{ name, value }` pair. A problem there drops that pair alone. */
export interface PairsField {
  readonly name: 'customData' | 'softLinks';
  /** What one pair is called in a message. */
  readonly pair: string;
  readonly pairName: $ZodType;
  readonly pairValue: $ZodType;
}

/**
 * The contract, in the seed's key order: the payload keeps it. Without a customer ID there is
 * no one to send, and consent read wrongly would state a choice nobody made, so a problem
 * with either blocks the call; any other problem drops only its own field or pair.
 */
export const CUSTOMER_FIELDS: readonly (TextField | PairsField)[] = [
  { name: 'customerId', schema: text('customerId', TEXT_MAX_LENGTH, identifiesSomeone('customerId')), blocks: true },
  { name: 'email', schema: text('email', EMAIL_MAX_LENGTH, pattern(regexes.email, 'email must be a valid email address')) },
  {
    name: 'phone',
    schema: text(
      'phone',
      PHONE_MAX_LENGTH,
      pattern(PHONE_PATTERN, 'phone must have 7 to 15 digits, written as in E.164 or as the seed examples'),
    ),
  },
  { name: 'customData', pair: 'custom data', pairName: text('each custom data name'), pairValue: text('each custom data value') },
  { name: 'defaultStockId', schema: text('defaultStockId', 50) },
  {
    name: 'softLinks',
    pair: 'soft link',
    pairName: text('each soft link name'),
    // A soft link's value points at one customer, as the ID does.
    pairValue: text('each soft link value', TEXT_MAX_LENGTH, identifiesSomeone('each soft link value')),
  },
  {
    name: 'isAgreedToReceiveMarketingMail',
    schema: new $ZodBoolean({
      type: 'boolean',
      error: () => 'isAgreedToReceiveMarketingMail must be true, false, 1, 0, yes, no, y, n, on or off',
    }),
    blocks: true,
  },
];

/** The first problem `schema` finds with `value`, or `undefined` when there is none. */
export function problemWith(schema: $ZodType, value: unknown): string | undefined {
  const result = schema['~standard'].validate(value) as { issues?: readonly { message: string }[] };
  return result.issues?.[0]?.message;
}
