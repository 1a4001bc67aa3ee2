/** A child pair as the page wrote it. */
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

/**
 * A value the page actually gave: strings are trimmed, and an empty one, like `null` or
 * `undefined`, counts as not given (CMS templates print empty strings for missing values).
 * Anything else is passed on as it is, for the schema to judge.
 */
export function given(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() || undefined;
  return value ?? undefined;
}

/** `true`/`false`/`1`/`0` in any letter case become booleans; other text stays for the schema to reject. */
export function consent(value: unknown): unknown {
  const text = given(value);
  if (typeof text !== 'string') return text;
  if (/^(?:true|1)$/i.test(text)) return true;
  if (/^(?:false|0)$/i.test(text)) return false;
  return text;
}

// An entry that is not an object at all stays as it is, for the schema to reject.
const givenPairs = (entries: readonly unknown[]): unknown[] =>
  entries.flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [entry];
    const { name, value } = entry as NamedValue;
    return given(value) === undefined ? [] : [{ name: given(name), value: given(value) }];
  });

// Plain objects only, from any realm: an array, a Map or a Date as custom data is a mistake
// to report, not an empty set of pairs to send.
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  Object.prototype.toString.call(value) === '[object Object]';

/**
 * The property's pairs followed by the children's, where a child replaces any property pair of
 * the same name: markup written into this very element is the more specific of the two. A
 * property of the wrong shape is wrapped in an object, which the schema reports against the
 * field, and which still tells one bad value from the next, so each change is reported.
 */
function combinedPairs(property: unknown, propertyPairs: unknown[] | undefined, children: readonly NamedValue[]) {
  const own = givenPairs(children) as NamedValue[];
  // Preact sets a removed prop's property to '': like an empty attribute, that is not given.
  if (given(property) === undefined) return own;
  if (!propertyPairs) return { wrongShape: property };
  // A nameless child replaces nothing: its name is the schema's to report.
  const childNames = new Set<unknown>(own.map((pair) => pair.name));
  childNames.delete(undefined);
  return [...givenPairs(propertyPairs).filter((pair) => !childNames.has((pair as NamedValue)?.name)), ...own];
}

/**
 * The input to `customerSchema`: only the keys the page gave, so that the call leaves the
 * rest out (no `undefined`, no empty `{}` or `[]`).
 */
export function customerInput(
  fields: CustomerFields,
  softLinks: readonly NamedValue[],
  customData: readonly NamedValue[],
): Record<string, unknown> {
  const { customData: data, softLinks: links } = fields;
  const input: Record<string, unknown> = {
    customerId: given(fields.customerId),
    email: given(fields.email),
    phone: given(fields.phone),
    defaultStockId: given(fields.defaultStockId),
    isAgreedToReceiveMarketingMail: consent(fields.isAgreedToReceiveMarketingMail),
    softLinks: combinedPairs(links, Array.isArray(links) ? links : undefined, softLinks),
    customData: combinedPairs(
      data,
      isPlainObject(data) ? Object.entries(data).map(([name, value]) => ({ name, value })) : undefined,
      customData,
    ),
  };
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined && (value as unknown[])?.length !== 0),
  );
}
