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

function givenPairs(children: readonly NamedValue[]): { name: unknown; value: unknown }[] {
  return children
    .map((child) => ({ name: given(child.name), value: given(child.value) }))
    .filter((pair) => pair.value !== undefined);
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
  const input: Record<string, unknown> = {
    customerId: given(fields.customerId),
    email: given(fields.email),
    phone: given(fields.phone),
    defaultStockId: given(fields.defaultStockId),
    isAgreedToReceiveMarketingMail: consent(fields.isAgreedToReceiveMarketingMail),
  };
  const links = givenPairs(softLinks);
  if (links.length) input.softLinks = links;
  const data = givenPairs(customData);
  if (data.length) input.customData = data;
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}
