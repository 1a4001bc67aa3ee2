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
