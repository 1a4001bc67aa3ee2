import { readConsent } from './read-consent.js';
import { kindOf, readText, type Unreadable } from './read-text.js';

/** A pair as the page wrote it: a child's attributes, or an entry of a property. */
export interface NamedValue {
  readonly name: unknown;
  readonly value: unknown;
}

/** The element's own fields, as attributes or properties hold them. */
export interface CustomerFields {
  readonly customerId?: unknown;
  readonly email?: unknown;
  readonly phone?: unknown;
  readonly defaultStockId?: unknown;
  readonly isAgreedToReceiveMarketingMail?: unknown;
  readonly customData?: unknown;
  readonly softLinks?: unknown;
}

/** Text as read, or why the value given could be no text. */
export type ReadText = string | Unreadable;

/** A pair whose value was given. A name not given stays `undefined`, for the check to report. */
export interface ReadPair {
  readonly name: ReadText | undefined;
  readonly value: ReadText;
}

/**
 * What the schemas see: each field read as text or a boolean, left out when not given, and
 * each list as its pairs. Built in a fixed key order of strings, booleans and messages only,
 * so that its JSON is equal for two inputs exactly when they are the same to the contract.
 */
export interface CustomerInput {
  readonly customerId?: ReadText;
  readonly email?: ReadText;
  readonly phone?: ReadText;
  readonly defaultStockId?: ReadText;
  readonly isAgreedToReceiveMarketingMail?: boolean | ReadText;
  /** The property's pairs, then the children's; `Unreadable` for an entry or a property of the wrong shape. */
  readonly customData: readonly (ReadPair | Unreadable)[];
  readonly softLinks: readonly (ReadPair | Unreadable)[];
}

// A pair whose value is not given is left out: a template that printed nothing sends nothing.
const readPairs = (entries: readonly unknown[], pair: string): (ReadPair | Unreadable)[] =>
  entries.flatMap((entry): (ReadPair | Unreadable)[] => {
    if (typeof entry !== 'object' || entry === null) {
      return [{ unreadable: `each ${pair} must be a { name, value } object, not ${kindOf(entry)}` }];
    }
    const value = readText((entry as NamedValue).value, `each ${pair} value`);
    return value === undefined ? [] : [{ name: readText((entry as NamedValue).name, `each ${pair} name`), value }];
  });

/**
 * A list property's pairs, read once. Not given (`undefined`, `null`, `''` as Preact sets for
 * a removed prop, or a placeholder) is no pairs; the wrong shape, or a value whose getters or
 * Proxy traps throw, is one unreadable entry, so that the children still count.
 */
function propertyPairs(
  value: unknown,
  field: string,
  pair: string,
  shape: string,
  toEntries: (value: object) => unknown[] | undefined,
): (ReadPair | Unreadable)[] {
  if (typeof value !== 'object' || value === null) {
    return readText(value, field) === undefined ? [] : [{ unreadable: `${field} must be ${shape}, not ${kindOf(value)}` }];
  }
  try {
    const entries = toEntries(value);
    if (entries) return readPairs(entries, pair);
    return [{ unreadable: `${field} must be ${shape}, not ${Array.isArray(value) ? 'a list' : 'an object of another kind'}` }];
  } catch {
    return [{ unreadable: `${field} could not be read: reading it threw` }];
  }
}

// Plain objects only, from any realm: an array, a Map or a Date as custom data is a mistake
// to report, not an empty set of pairs to send.
const customDataEntries = (value: object) =>
  Object.prototype.toString.call(value) === '[object Object]'
    ? Object.entries(value).map(([name, value]) => ({ name, value }))
    : undefined;

/** The property's pairs, less any that a child of the same name replaces, then the children's. */
function combined(property: (ReadPair | Unreadable)[], children: (ReadPair | Unreadable)[]) {
  // Markup written into the element itself is the more specific of the two.
  const childNames = new Set(children.map((entry) => ('name' in entry ? entry.name : undefined)));
  return [...property.filter((entry) => !('name' in entry && typeof entry.name === 'string' && childNames.has(entry.name))), ...children];
}

/** Reads what the page gave `<rr-customer>`: its fields, and the pairs of its children. */
export function readCustomer(
  fields: CustomerFields,
  softLinks: readonly NamedValue[],
  customData: readonly NamedValue[],
): CustomerInput {
  return {
    customerId: readText(fields.customerId, 'customerId'),
    email: readText(fields.email, 'email'),
    phone: readText(fields.phone, 'phone'),
    defaultStockId: readText(fields.defaultStockId, 'defaultStockId'),
    isAgreedToReceiveMarketingMail: readConsent(fields.isAgreedToReceiveMarketingMail),
    customData: combined(
      propertyPairs(fields.customData, 'customData', 'custom data', 'a plain object of names to values', customDataEntries),
      readPairs(customData, 'custom data'),
    ),
    softLinks: combined(
      propertyPairs(fields.softLinks, 'softLinks', 'soft link', 'a list of { name, value } objects', (value) =>
        Array.isArray(value) ? value : undefined,
      ),
      readPairs(softLinks, 'soft link'),
    ),
  };
}
