/**
 * The test side's own model of `<rr-customer>`: from what the page gave the element, the
 * payload it must send or the fact that it must report the input invalid. Built from the
 * seed document and the README's rules, not from src/, so that the property-based tests
 * compare two independent readings of the contract.
 *
 * Email and phone validity are decided by narrow rules that hold for the values the
 * property tests generate (see customer-arbitraries.ts): a valid email there is always of the
 * form `name@example.com`, a valid phone always has 7 to 15 digits in a form the seed lists,
 * and the invalid ones are text without `@` or with too few or too many digits.
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

export type ModelOutcome =
  | { readonly valid: true; readonly payload: Record<string, unknown> }
  | { readonly valid: false; readonly fields: readonly string[] };

const VALID_EMAIL = /^[A-Za-z0-9]+(?:[.+][A-Za-z0-9]+)*@example\.(?:com|org)$/;

/** A value counts as given when it is not null/undefined and, as text, not blank; text is trimmed. */
function given(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  return value ?? undefined;
}

function consent(value: unknown): unknown {
  const text = given(value);
  if (typeof text !== 'string') return text;
  const lower = text.toLowerCase();
  if (lower === 'true' || lower === '1') return true;
  if (lower === 'false' || lower === '0') return false;
  return text;
}

type Pair = { name: unknown; value: unknown };
const BAD_SHAPE = Symbol('bad shape');
type Pairs = Pair[] | { [BAD_SHAPE]: unknown };

function givenPairs(entries: readonly unknown[]): Pair[] {
  const pairs: Pair[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null) {
      pairs.push({ name: BAD_SHAPE, value: entry });
      continue;
    }
    const { name, value } = entry as Partial<Pair>;
    if (given(value) !== undefined) pairs.push({ name: given(name), value: given(value) });
  }
  return pairs;
}

function childPairs(children: readonly ChildModel[], tag: string): Pair[] {
  return givenPairs(children.filter((child) => child.tag === tag && !child.nested));
}

/** The property's pairs, less those a child of the same name replaces, then the children's. */
function combine(propertyPairs: Pair[] | undefined | typeof BAD_SHAPE, children: Pair[], raw: unknown): Pairs {
  if (propertyPairs === BAD_SHAPE) return { [BAD_SHAPE]: raw };
  // Only a name replaces: a nameless child shares no name with anything.
  const childNames = new Set<unknown>(children.map((pair) => pair.name).filter((name) => typeof name === 'string'));
  return [...(propertyPairs ?? []).filter((pair) => !childNames.has(pair.name)), ...children];
}

/** An object literal, or one made with `Object.create(null)`: a record, unlike an array, a Map or a Date. */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The input the element effectively has: equal for two states exactly when nothing new was given. */
export function effectiveInput(input: ModelInput): Record<string, unknown> {
  const fields = input.fields;
  // Like an empty attribute, an empty or blank text as either property is not given (Preact
  // writes '' to a property whose prop went away).
  const links = given(input.softLinks) === undefined ? undefined : input.softLinks;
  const data = given(input.customData) === undefined ? undefined : input.customData;
  const linkPairs = links === undefined ? undefined : Array.isArray(links) ? givenPairs(links) : BAD_SHAPE;
  const dataPairs =
    data === undefined
      ? undefined
      : isPlainRecord(data)
        ? givenPairs(Object.entries(data).map(([name, value]) => ({ name, value })))
        : BAD_SHAPE;
  return {
    customerId: given(fields.customerId),
    email: given(fields.email),
    phone: given(fields.phone),
    defaultStockId: given(fields.defaultStockId),
    isAgreedToReceiveMarketingMail: consent(fields.isAgreedToReceiveMarketingMail),
    softLinks: combine(linkPairs, childPairs(input.children, 'rr-soft-link'), links),
    customData: combine(dataPairs, childPairs(input.children, 'rr-custom-data'), data),
  };
}

/** A string equal for equal effective inputs (object key order aside). */
export function inputIdentity(input: ModelInput): string {
  return canonical(effectiveInput(input));
}

function pairsValid(pairs: Pairs): pairs is Pair[] {
  if (!Array.isArray(pairs)) return false;
  return pairs.every((pair) => typeof pair.name === 'string' && typeof pair.value === 'string');
}

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

/** What the element must do with this input. */
export function expectedOutcome(input: ModelInput): ModelOutcome {
  const effective = effectiveInput(input);
  const { customerId, email, phone, defaultStockId, isAgreedToReceiveMarketingMail: agreed } = effective;
  const softLinks = effective.softLinks as Pairs;
  const customData = effective.customData as Pairs;
  const invalid: string[] = [];
  if (typeof customerId !== 'string') invalid.push('customerId');
  if (email !== undefined && !(typeof email === 'string' && VALID_EMAIL.test(email))) invalid.push('email');
  if (phone !== undefined && !(typeof phone === 'string' && digitCount(phone) >= 7 && digitCount(phone) <= 15)) {
    invalid.push('phone');
  }
  if (!pairsValid(customData)) invalid.push('customData');
  // "Up to 50 characters": counted as the platform counts a string's length.
  if (defaultStockId !== undefined && !(typeof defaultStockId === 'string' && defaultStockId.length <= 50)) {
    invalid.push('defaultStockId');
  }
  if (!pairsValid(softLinks)) invalid.push('softLinks');
  if (agreed !== undefined && typeof agreed !== 'boolean') invalid.push('isAgreedToReceiveMarketingMail');
  if (invalid.length) return { valid: false, fields: invalid };

  const payload: Record<string, unknown> = { customerId };
  if (email !== undefined) payload.email = email;
  if (phone !== undefined) payload.phone = phone;
  const dataPairs = customData as Pair[];
  if (dataPairs.length) {
    const folded: Record<string, unknown> = {};
    for (const pair of dataPairs) folded[pair.name as string] = pair.value;
    payload.customData = folded;
  }
  if (defaultStockId !== undefined) payload.defaultStockId = defaultStockId;
  const linkPairs = softLinks as Pair[];
  if (linkPairs.length) payload.softLinks = linkPairs.map(({ name, value }) => ({ name, value }));
  if (agreed !== undefined) payload.isAgreedToReceiveMarketingMail = agreed;
  return { valid: true, payload };
}

/** Data as a string that ignores object key order; symbols (the bad-shape mark) become text. */
export function canonical(data: unknown): string {
  return JSON.stringify(data, (_key, value: unknown) => {
    if (typeof value === 'symbol') return value.toString();
    if (value === undefined) return '(undefined)';
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const record = value as Record<string | symbol, unknown>;
      const entries: [string, unknown][] = Object.entries(record);
      if (BAD_SHAPE in record) entries.push(['(bad shape)', String(canonical(record[BAD_SHAPE]))]);
      return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return value;
  });
}

/**
 * Checks a payload against the seed's parameter table on its own, whatever the input was:
 * only the seven keys, each of its type, no empty text, no empty `{}` or `[]`, `customerId`
 * present. Returns the broken rules (names only, never values).
 */
export function seedRuleBreaks(payload: unknown): string[] {
  const breaks: string[] = [];
  if (!isPlainRecord(payload)) return ['the payload is not a plain object'];
  const text = (value: unknown) => typeof value === 'string' && value.trim() === value && value !== '';
  for (const [key, value] of Object.entries(payload)) {
    switch (key) {
      case 'customerId':
      case 'email':
      case 'phone':
        if (!text(value)) breaks.push(`${key} is not trimmed, non-empty text`);
        break;
      case 'defaultStockId':
        if (!text(value) || (value as string).length > 50) breaks.push('defaultStockId is not text of at most 50');
        break;
      case 'isAgreedToReceiveMarketingMail':
        if (typeof value !== 'boolean') breaks.push(`${key} is not a boolean`);
        break;
      case 'customData':
        if (!isPlainRecord(value) || Object.keys(value).length === 0 || !Object.values(value).every(text)) {
          breaks.push('customData is not a non-empty object of text values');
        }
        break;
      case 'softLinks':
        if (
          !Array.isArray(value) ||
          value.length === 0 ||
          !value.every((link: unknown) => isPlainRecord(link) && canonical(Object.keys(link).sort()) === '["name","value"]' && text(link.name) && text(link.value))
        ) {
          breaks.push('softLinks is not a non-empty list of { name, value } text pairs');
        }
        break;
      default:
        breaks.push(`an unknown key (${key.length} characters)`);
    }
  }
  if (!('customerId' in payload)) breaks.push('customerId is missing');
  if (typeof payload.phone === 'string' && (digitCount(payload.phone) < 7 || digitCount(payload.phone) > 15)) {
    breaks.push('phone does not have 7 to 15 digits');
  }
  return breaks;
}
