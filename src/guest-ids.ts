// Values a template prints for a visitor it does not know: a guest's user ID of 0 or -1, a
// role name, a boolean or empty collection, the all-zero UUID. Sent as an ID, each one would
// merge every such visitor into one customer card. In lower case; the longest is 36.
const GUEST_IDS = new Set([
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
]);

/** Whether trimmed text, used as an ID, names every unknown visitor rather than one customer. */
export const identifiesNoOne = (text: string): boolean => text.length < 37 && GUEST_IDS.has(text.toLowerCase());
