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

// Each engine's opening and the closer that ends it: Liquid, Jinja, Twig, Handlebars and Go
// (`{{ }}`, `{% %}`), PHP (`<? ?>`), EJS and ERB (`<% %>`), JavaScript (`${ }`), Smarty (`{$ }`).
const TAGS = [
  ['{{', '}}'],
  ['{%', '%}'],
  ['<?', '?>'],
  ['<%', '%>'],
  ['${', '}'],
  ['{$', '}'],
] as const;

/**
 * Whether text still holds a template tag that was never rendered: an opening with its closer
 * after it. Two searches per tag keep this linear in the length of the text.
 */
export const hasTemplateTag = (text: string): boolean =>
  TAGS.some(([open, close]) => {
    const at = text.indexOf(open);
    return at >= 0 && text.indexOf(close, at + open.length) >= 0;
  });
