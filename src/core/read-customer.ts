import { CUSTOMER_FIELDS, type AttributeFieldName, type FieldName, type PairsFieldName } from './customer-fields.js';
import { kindOf, readConsent, readText, type Unreadable } from './read-text.js';

/** A pair as the page wrote it: a child's attributes, or an entry of a property. */
export interface NamedValue {
  readonly name: unknown;
  readonly value: unknown;
}

/** The element's own fields, as attributes or properties hold them. */
export type CustomerFields = { readonly [Name in FieldName]?: unknown };

/** Text as read, or why the value given could be no text. */
export type ReadText = string | Unreadable;

/** A pair whose value was given. A name not given stays `undefined`, for the check to report. */
export interface ReadPair {
  readonly name: ReadText | undefined;
  readonly value: ReadText;
}

/**
 * What the schemas see: each field read as text (consent also as a boolean), left out when
 * not given, and each list as its pairs: the property's, then the children's, with
 * `Unreadable` for an entry or a property of the wrong shape. Built in the table's key order
 * of strings, booleans and messages only, so that its JSON is equal for two inputs exactly
 * when they are the same to the contract.
 */
export type CustomerInput = {
  readonly [Name in AttributeFieldName]?: Name extends 'isAgreedToReceiveMarketingMail' ? boolean | ReadText : ReadText;
} & { readonly [Name in PairsFieldName]: readonly (ReadPair | Unreadable)[] };

const wrongShape = (unreadable: string): Unreadable => ({ code: 'wrong-shape', unreadable });

// A pair whose value is not given is left out: a template that printed nothing sends nothing.
const readPairs = (entries: readonly unknown[], pair: string): (ReadPair | Unreadable)[] =>
  entries.flatMap((entry): (ReadPair | Unreadable)[] => {
    if (typeof entry !== 'object' || entry === null) {
      return [wrongShape(`each ${pair} must be a { name, value } object, not ${kindOf(entry)}`)];
    }
    const value = readText((entry as NamedValue).value, `each ${pair} value`);
    return value === undefined ? [] : [{ name: readText((entry as NamedValue).name, `each ${pair} name`), value }];
  });

// How each list property is written, and how its entries are taken from it.
const LISTS = {
  // Plain objects only, from any realm: an array, a Map or a Date as custom data is a mistake
  // to report, not an empty set of pairs to send.
  customData: {
    shape: 'a plain object of names to values',
    entries: (value: object) =>
      Object.prototype.toString.call(value) === '[object Object]'
        ? Object.entries(value).map(([name, value]) => ({ name, value }))
        : undefined,
  },
  softLinks: {
    shape: 'a list of { name, value } objects',
    entries: (value: object) => (Array.isArray(value) ? (value as unknown[]) : undefined),
  },
} satisfies Record<PairsFieldName, { shape: string; entries: (value: object) => unknown[] | undefined }>;

/**
 * A list property's pairs, read once. Not given (`undefined`, `null`, `''` as Preact sets for
 * a removed prop, or a placeholder) is no pairs; the wrong shape, or a value whose getters or
 * Proxy traps throw, is one unreadable entry, so that the children still count.
 */
function propertyPairs(value: unknown, field: PairsFieldName, pair: string): (ReadPair | Unreadable)[] {
  const { shape, entries: toEntries } = LISTS[field];
  if (typeof value !== 'object' || value === null) {
    return readText(value, field) === undefined ? [] : [wrongShape(`${field} must be ${shape}, not ${kindOf(value)}`)];
  }
  try {
    const entries = toEntries(value);
    if (entries) return readPairs(entries, pair);
    return [
      wrongShape(`${field} must be ${shape}, not ${Array.isArray(value) ? 'a list' : 'an object of another kind'}`),
    ];
  } catch {
    return [wrongShape(`${field} could not be read: reading it threw`)];
  }
}

/** The property's pairs, less any that a child of the same name replaces, then the children's. */
function combined(property: (ReadPair | Unreadable)[], children: (ReadPair | Unreadable)[]) {
  // Markup written into the element itself is the more specific of the two.
  const childNames = new Set(children.map((entry) => ('name' in entry ? entry.name : undefined)));
  return [
    ...property.filter((entry) => !('name' in entry && typeof entry.name === 'string' && childNames.has(entry.name))),
    ...children,
  ];
}

/** Reads what the page gave `<rr-customer>`: its fields, and the pairs of its children. */
export function readCustomer(
  fields: CustomerFields,
  softLinks: readonly NamedValue[],
  customData: readonly NamedValue[],
): CustomerInput {
  const children = { customData, softLinks };
  const input: Record<string, unknown> = {};
  for (const field of CUSTOMER_FIELDS) {
    const value = fields[field.name];
    input[field.name] =
      'pair' in field
        ? combined(propertyPairs(value, field.name, field.pair), readPairs(children[field.name], field.pair))
        : field.name === 'isAgreedToReceiveMarketingMail'
          ? readConsent(value)
          : readText(value, field.name);
  }
  return input as CustomerInput;
}
