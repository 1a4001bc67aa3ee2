import { html, parse, type DefaultTreeAdapterTypes } from 'parse5';

export type TreeElement = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

// Where a declarative shadow root may be attached: any custom element, and these (the HTML
// standard's list for attachShadow).
const SHADOW_HOSTS = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

/** The text of an attribute, or `null` when it is absent, as `getAttribute` gives it. */
export const attributeOf = (element: TreeElement, name: string): string | null =>
  element.attrs.find((attribute) => attribute.name === name && !attribute.namespace)?.value ?? null;

/** Whether `element` is the HTML element `tagName` (not, say, an SVG element of that name). */
export const isHtml = (element: TreeElement, tagName: string): boolean =>
  element.tagName === tagName && element.namespaceURI === html.NS.HTML;

const isElement = (node: DefaultTreeAdapterTypes.ChildNode): node is TreeElement => 'tagName' in node;

/** The element children of `parent`, as `parent.children` lists them. */
export const elementChildren = (parent: TreeElement): TreeElement[] => parent.childNodes.filter(isElement);

/** The text of `element`'s text children, as a script's inline source. */
export const childText = (element: TreeElement): string =>
  element.childNodes.map((node) => ('value' in node && node.nodeName === '#text' ? node.value : '')).join('');

/**
 * Parses a page as a browser's HTML parser does (parse5 follows the standard, its error
 * recovery included), with each element's place in the source.
 */
export const parsePage = (source: string): DefaultTreeAdapterTypes.Document =>
  parse(source, { sourceCodeLocationInfo: true });

/** The content of the declarative shadow root `template` attaches to `host`, if it does. */
function shadowRootOf(template: TreeElement, host: ParentNode): ParentNode | undefined {
  if (!isHtml(template, 'template') || !('content' in template)) return undefined;
  const mode = attributeOf(template, 'shadowrootmode')?.toLowerCase();
  if (mode !== 'open' && mode !== 'closed') return undefined;
  if (!('tagName' in host) || host.namespaceURI !== html.NS.HTML) return undefined;
  if (!SHADOW_HOSTS.has(host.tagName) && !host.tagName.includes('-')) return undefined;
  return (template as DefaultTreeAdapterTypes.Template).content;
}

/**
 * Every element that is in the document once the page is parsed, in tree order: the elements
 * a custom element definition upgrades. A `<template>`'s content is inert and left out, except
 * a declarative shadow root (`<template shadowrootmode>`), which a browser attaches to its
 * host (the first one only) and parse5 keeps as a template.
 */
export function liveElements(root: ParentNode): TreeElement[] {
  const found: TreeElement[] = [];
  // Children are pushed in reverse, so that they are taken in order: a pre-order walk.
  const stack: ParentNode[] = [root];
  for (let parent = stack.pop(); parent; parent = stack.pop()) {
    if (parent !== root && 'tagName' in parent) found.push(parent);
    let shadowRoot: ParentNode | undefined;
    const children: ParentNode[] = [];
    for (const node of parent.childNodes) {
      if (!isElement(node)) continue;
      if (isHtml(node, 'template')) shadowRoot ??= shadowRootOf(node, parent);
      else children.push(node);
    }
    // Shadow-including tree order: the host's shadow tree, then its children.
    if (shadowRoot) children.unshift(shadowRoot);
    for (const child of children.reverse()) stack.push(child);
  }
  return found;
}
