/**
 * The test side's own model of `<rr-customer>`: from what the page gave the element, the call
 * it must make (if any) and the fields it must report. Built from the seed document, the
 * README and issue 8's rules, not from src/, so that the property-based tests compare two
 * independent readings of the contract.
 *
 * The rules as the model reads them:
 * - every value is trimmed; empty text and the placeholders (`undefined`, `null`, `None`,
 *   `nil`, `NaN`, `[object Object]`, `<no value>`, `<nil>`, any case) are not given;
 * - a finite number is its decimal text, NaN is a placeholder, Infinity is bad, and a boolean,
 *   an object or a function where text belongs is bad: a bad value is known only by its kind;
 * - text holding an unfilled template tag is invalid for its field or pair; so is text over
 *   its limit, counted in code points (email 254, phone 32, defaultStockId 50, the rest 1000);
 * - a guest's ID (`0`, `-1`, `anonymous`, `anon`, `guest`, `unknown`, `n/a`, `true`, `false`,
 *   `[]`, `{}`, the all-zero UUID, any case) is invalid as the customer ID or a soft link value;
 * - a problem with the customer ID, or consent that is no yes/no word, blocks the call; any
 *   other problem leaves out its own field or pair, and the rest is sent;
 * - consent: true/1/yes/y/on and false/0/no/n/off in any case; present but empty (or a
 *   placeholder) is false; a boolean is itself; absent, undefined or null leaves it out.
 *
 * - an email is valid when the HTML standard's `<input type=email>` takes it once its domain,
 *   if written in letters beyond ASCII, is converted to ASCII (IDNA) as a browser's URL parser
 *   does: `anna@пример.рф` is valid, `someone@do-.com` or a label of 64 characters is not;
 * - a soft link value that is a valid email address is refused: Retail Rocket takes no email
 *   as a soft link.
 *
 * Each problem has the code docs/issue-codes.md gives it: `required`, `not-text` (a value that
 * can be no text), `wrong-shape` (a list property or entry of the wrong shape, or one that
 * threw), `pair-without-name`, `too-long` (checked first), `template-tag`, then the field's
 * own: `guest-id`, `invalid-email`, `invalid-phone`, `email-soft-link`, `invalid-consent`.
 *
 * Phone validity is decided by a narrow rule that holds for the values the property tests
 * generate (see customer-arbitraries.ts): a valid phone always has 7 to 15 digits in a form the
 * seed lists (a dot, space or hyphen between groups), and the invalid ones have too few or too
 * many digits.
 */

export type FieldName = 'customerId' | 'email' | 'phone' | 'defaultStockId' | 'isAgreedToReceiveMarketingMail';

export const FIELD_ATTRIBUTES: Readonly<Record<FieldName, string>> = {
  customerId: 'customer-id',
  email: 'email',
  phone: 'phone',
  defaultStockId: 'default-stock-id',
  isAgreedToReceiveMarketingMail: 'is-agreed-to-receive-marketing-mail',
};

/** A child element as the model sees it; only direct `rr-soft-link` / `rr-custom-data` children count. */
export interface ChildModel {
  readonly tag: string;
  readonly name: string | null;
  readonly value: string | null;
  /** Wrapped in another element, so not a direct child. */
  readonly nested: boolean;
}

/** What the page gave: each field as its property holds it (attribute text or a value set directly). */
export interface ModelInput {
  readonly fields: Partial<Record<FieldName, unknown>>;
  readonly customData: unknown;
  readonly softLinks: unknown;
  readonly children: readonly ChildModel[];
}

/** What the element must do with an input. */
export interface ModelOutcome {
  /** The call, without every field and pair that has a problem; `undefined` when a problem blocks it. */
  readonly payload: Record<string, unknown> | undefined;
  /** Each problem, one per field or pair (order aside). */
  readonly issues: readonly ModelIssue[];
}

/** One problem as the model names it: the issue code and the field, never the value. */
export interface ModelIssue {
  readonly code: string;
  readonly field: string;
}

/**
 * A value that is given but can be no text, known only by its kind, as the element may; or a
 * list property or entry of the wrong shape (`shape …`, `entry …`, `threw`).
 */
interface Bad {
  readonly bad: string;
}
const badCode = ({ bad }: Bad): string => (/^(?:shape|entry) |^threw$/.test(bad) ? 'wrong-shape' : 'not-text');
type Read = string | Bad;
interface Pair {
  readonly name: Read | undefined;
  readonly value: Read;
}
type Entry = Pair | Bad;

/** The input as read: equal for two inputs exactly when the element must see no change. */
export interface ReadInput {
  readonly customerId?: Read;
  readonly email?: Read;
  readonly phone?: Read;
  readonly defaultStockId?: Read;
  readonly isAgreedToReceiveMarketingMail?: boolean | Read;
  readonly customData: readonly Entry[];
  readonly softLinks: readonly Entry[];
}

export const PLACEHOLDERS = ['undefined', 'null', 'None', 'nil', 'NaN', '[object Object]', '<no value>', '<nil>'];
export const NO_ONE_IDS = [
  '0',
  '-1',
  'anonymous',
  'anon',
  'guest',
  'unknown',
  'n/a',
  'true',
  'false',
  '[]',
  '{}',
  '00000000-0000-0000-0000-000000000000',
];
export const TEMPLATE_TAGS: readonly (readonly [string, string])[] = [
  ['{{', '}}'],
  ['{%', '%}'],
  ['<?', '?>'],
  ['<%', '%>'],
  ['${', '}'],
  ['{$', '}'],
];
const YES = ['true', '1', 'yes', 'y', 'on'];
const NO = ['false', '0', 'no', 'n', 'off'];

const placeholders = new Set(PLACEHOLDERS.map((text) => text.toLowerCase()));
const noOne = new Set(NO_ONE_IDS);

const isPair = (entry: Entry): entry is Pair => 'value' in entry;

/** Text as given: trimmed, placeholders and blanks not given, numbers as their text, the rest bad by kind. */
function readText(value: unknown): Read | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return undefined;
    if (!Number.isFinite(value)) return { bad: 'infinite' };
    return readText(String(value));
  }
  if (typeof value !== 'string') return { bad: typeof value };
  const text = value.trim();
  return text === '' || placeholders.has(text.toLowerCase()) ? undefined : text;
}

function readConsent(value: unknown): boolean | Read | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  const text = readText(value);
  // Present but empty, or a placeholder: a template printed false as nothing.
  if (text === undefined) return false;
  if (typeof text !== 'string') return text;
  if (YES.includes(text.toLowerCase())) return true;
  if (NO.includes(text.toLowerCase())) return false;
  return text;
}

/** Pairs whose value is given; an entry that is no object at all is bad by its kind. */
function readEntries(entries: readonly unknown[]): Entry[] {
  const read: Entry[] = [];
  // forEach, as the element's flatMap: holes of a sparse list are no entries.
  entries.forEach((entry) => {
    if (typeof entry !== 'object' || entry === null) {
      read.push({ bad: `entry ${entry === null ? 'null' : typeof entry}` });
      return;
    }
    const { name, value } = entry as { name?: unknown; value?: unknown };
    const given = readText(value);
    if (given !== undefined) read.push({ name: readText(name), value: given });
  });
  return read;
}

/** An object literal, or one made with `Object.create(null)`: a record, unlike an array, a Map or a Date. */
function isPlainRecord(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * A property's entries. Not given (undefined, null, blank or placeholder text, NaN) is none;
 * the wrong shape, or a value that throws when read, is one bad entry, so the children still count.
 */
function propertyEntries(value: unknown, list: boolean): Entry[] {
  if (typeof value !== 'object' || value === null) {
    return readText(value) === undefined ? [] : [{ bad: `shape ${typeof value}` }];
  }
  try {
    if (list) return Array.isArray(value) ? readEntries(value) : [{ bad: 'shape other' }];
    if (!isPlainRecord(value)) return [{ bad: Array.isArray(value) ? 'shape list' : 'shape other' }];
    return readEntries(Object.entries(value).map(([name, entry]) => ({ name, value: entry })));
  } catch {
    return [{ bad: 'threw' }];
  }
}

function childEntries(children: readonly ChildModel[], tag: string): Entry[] {
  return readEntries(children.filter((child) => child.tag === tag && !child.nested));
}

/** The property's entries, less the pairs a child of the same name replaces, then the children's. */
function combine(property: Entry[], children: Entry[]): Entry[] {
  // Only a name replaces: a nameless child shares no name with anything.
  const childNames = new Set(
    children
      .filter(isPair)
      .map((pair) => pair.name)
      .filter((name) => typeof name === 'string'),
  );
  return [
    ...property.filter((entry) => !(isPair(entry) && typeof entry.name === 'string' && childNames.has(entry.name))),
    ...children,
  ];
}

/** The input as the contract reads it. */
export function readInput(input: ModelInput): ReadInput {
  const { fields } = input;
  return {
    customerId: readText(fields.customerId),
    email: readText(fields.email),
    phone: readText(fields.phone),
    defaultStockId: readText(fields.defaultStockId),
    isAgreedToReceiveMarketingMail: readConsent(fields.isAgreedToReceiveMarketingMail),
    customData: combine(propertyEntries(input.customData, false), childEntries(input.children, 'rr-custom-data')),
    softLinks: combine(propertyEntries(input.softLinks, true), childEntries(input.children, 'rr-soft-link')),
  };
}

/** A string equal for two inputs exactly when the element must treat the second as no change. */
export function inputIdentity(input: ModelInput): string {
  return canonical(readInput(input));
}

// The HTML standard's "valid email address", as written there.
const VALID_EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** Whether a browser's `<input type=email>` takes text, its international domain converted to ASCII first. */
export function isValidEmail(text: string): boolean {
  const at = text.lastIndexOf('@');
  const domain = text.slice(at + 1);
  // Only a domain of letters, digits, marks, dots and hyphens is converted: anything else the
  // URL parser would read as a port, a path or an escape, and so no email address.
  if (at < 0 || !/[^\0-\x7f]/.test(domain) || !/^[\p{L}\p{M}\p{N}.-]+$/u.test(domain)) return VALID_EMAIL.test(text);
  try {
    return VALID_EMAIL.test(`${text.slice(0, at)}@${new URL(`http://${domain}/`).hostname}`);
  } catch {
    return false;
  }
}

const codePoints = (text: string): number => [...text].length;
const digitCount = (text: string): number => text.replace(/\D/g, '').length;

/** Whether text still holds a template tag: an opening, and its closer somewhere after it. */
export function holdsTemplateTag(text: string): boolean {
  return TEMPLATE_TAGS.some(([open, close]) => {
    const at = text.indexOf(open);
    return at !== -1 && text.lastIndexOf(close) >= at + open.length;
  });
}

export const identifiesNoOne = (text: string): boolean => noOne.has(text.toLowerCase());

/** The first problem with text given for a field of `max` code points, whose own rules are `rules`. */
function problemOf(
  value: Read | undefined,
  max: number,
  rules: readonly (readonly [string, (text: string) => boolean])[] = [],
): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return badCode(value);
  if (codePoints(value) > max) return 'too-long';
  if (holdsTemplateTag(value)) return 'template-tag';
  return rules.find(([, valid]) => !valid(value))?.[0];
}

const someone = ['guest-id', (text: string) => !identifiesNoOne(text)] as const;

/** What the element must do with this input. */
export function expectedOutcome(input: ModelInput): ModelOutcome {
  const read = readInput(input);
  const issues: ModelIssue[] = [];
  const payload: Record<string, unknown> = {};
  let blocked = false;

  const idProblem = read.customerId === undefined ? 'required' : problemOf(read.customerId, 1000, [someone]);
  if (idProblem === undefined) payload.customerId = read.customerId;
  else {
    issues.push({ code: idProblem, field: 'customerId' });
    blocked = true;
  }
  const optional = (
    field: FieldName,
    value: Read | undefined,
    max: number,
    rules?: [string, (t: string) => boolean][],
  ) => {
    if (value === undefined) return;
    const code = problemOf(value, max, rules);
    if (code === undefined) payload[field] = value;
    else issues.push({ code, field });
  };
  optional('email', read.email, 254, [['invalid-email', isValidEmail]]);
  optional('phone', read.phone, 32, [['invalid-phone', (text) => digitCount(text) >= 7 && digitCount(text) <= 15]]);
  optional('defaultStockId', read.defaultStockId, 50);

  const goodPairs = (
    field: 'customData' | 'softLinks',
    entries: readonly Entry[],
    valueRules: readonly (readonly [string, (text: string) => boolean])[],
  ) =>
    entries.filter((entry): entry is Pair & { name: string; value: string } => {
      const code = !isPair(entry)
        ? badCode(entry)
        : entry.name === undefined
          ? 'pair-without-name'
          : typeof entry.name !== 'string'
            ? badCode(entry.name)
            : typeof entry.value !== 'string'
              ? badCode(entry.value)
              : (problemOf(entry.name, 1000) ?? problemOf(entry.value, 1000, valueRules));
      if (code !== undefined) issues.push({ code, field });
      return code === undefined;
    });
  const data = goodPairs('customData', read.customData, []);
  if (data.length) payload.customData = Object.fromEntries(data.map(({ name, value }) => [name, value]));
  const links = goodPairs('softLinks', read.softLinks, [someone, ['email-soft-link', (text) => !isValidEmail(text)]]);
  if (links.length) payload.softLinks = links.map(({ name, value }) => ({ name, value }));

  const consent = read.isAgreedToReceiveMarketingMail;
  if (typeof consent === 'boolean') payload.isAgreedToReceiveMarketingMail = consent;
  else if (consent !== undefined) {
    issues.push({
      code: typeof consent === 'string' ? 'invalid-consent' : badCode(consent),
      field: 'isAgreedToReceiveMarketingMail',
    });
    blocked = true;
  }
  return { payload: blocked ? undefined : payload, issues };
}

/** Data as a string that ignores object key order (undefined values are left out, as JSON does). */
export function canonical(data: unknown): string {
  return JSON.stringify(data, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const entries = Object.entries(value as Record<string, unknown>);
      return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return value;
  });
}

/**
 * Checks a payload against the seed's parameter table and issue 8's refusals on its own,
 * whatever the input was: only the seven keys, each of its type, no empty or untrimmed text, no
 * empty `{}` or `[]`, a customer ID that identifies someone, no template tag, no text over its
 * limit. Returns the broken rules (names only, never values).
 */
export function seedRuleBreaks(payload: unknown): string[] {
  const breaks: string[] = [];
  if (typeof payload !== 'object' || payload === null || !isPlainRecord(payload))
    return ['the payload is not a plain object'];
  const text = (value: unknown, max = 1000) =>
    typeof value === 'string' &&
    value.trim() === value &&
    value !== '' &&
    codePoints(value) <= max &&
    !holdsTemplateTag(value);
  const record = payload as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    switch (key) {
      case 'customerId':
        if (!text(value) || identifiesNoOne(value as string))
          breaks.push('customerId is not text that identifies someone');
        break;
      case 'email':
        if (!text(value, 254) || !isValidEmail(value as string))
          breaks.push('email is not a valid email address of at most 254');
        break;
      case 'phone':
        if (!text(value, 32) || digitCount(value as string) < 7 || digitCount(value as string) > 15) {
          breaks.push('phone is not text of 7 to 15 digits');
        }
        break;
      case 'defaultStockId':
        if (!text(value, 50)) breaks.push('defaultStockId is not text of at most 50');
        break;
      case 'isAgreedToReceiveMarketingMail':
        if (typeof value !== 'boolean') breaks.push(`${key} is not a boolean`);
        break;
      case 'customData':
        if (
          typeof value !== 'object' ||
          value === null ||
          !isPlainRecord(value) ||
          Object.keys(value).length === 0 ||
          !Object.entries(value).every(([name, data]) => text(name) && text(data))
        ) {
          breaks.push('customData is not a non-empty object of text values');
        }
        break;
      case 'softLinks':
        if (
          !Array.isArray(value) ||
          value.length === 0 ||
          !value.every(
            (link: unknown) =>
              typeof link === 'object' &&
              link !== null &&
              canonical(Object.keys(link).sort()) === '["name","value"]' &&
              text((link as Pair).name) &&
              text((link as Pair).value) &&
              !identifiesNoOne((link as Pair).value as string) &&
              !isValidEmail((link as Pair).value as string),
          )
        ) {
          breaks.push('softLinks is not a non-empty list of { name, value } text pairs');
        }
        break;
      default:
        breaks.push(`an unknown key (${key.length} characters)`);
    }
  }
  if (!('customerId' in record)) breaks.push('customerId is missing');
  return breaks;
}
