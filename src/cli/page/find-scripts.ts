import { attributeOf, childText, isHtml, type TreeElement } from './page-tree.js';

/** A script a browser would run: from its `src`, or inline. */
export interface FoundScript {
  readonly kind: 'classic' | 'module';
  /** The `src` attribute's text, trimmed; `undefined` for an inline script. */
  readonly src: string | undefined;
  /** The inline source; `''` for a script with a `src`. */
  readonly text: string;
}

// The HTML standard's JavaScript MIME type essences: a `type` of any of these is a classic script.
const JAVASCRIPT_TYPES = new Set([
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/** What a browser makes of a `<script>`'s `type` and `language`: a classic script, a module, or data it never runs. */
function kindOf(script: TreeElement): FoundScript['kind'] | undefined {
  const type = attributeOf(script, 'type');
  const language = attributeOf(script, 'language');
  const given = type ?? (language ? `text/${language}` : '');
  const essence = given.trim().toLowerCase();
  // A modern browser skips a classic script marked nomodule: it is the fallback for old ones.
  if (essence === '' || JAVASCRIPT_TYPES.has(essence))
    return attributeOf(script, 'nomodule') === null ? 'classic' : undefined;
  return essence === 'module' ? 'module' : undefined;
}

/** The scripts among `elements` (a page's live elements) that a browser runs, in order. */
export function findScripts(elements: readonly TreeElement[]): FoundScript[] {
  const scripts: FoundScript[] = [];
  for (const element of elements) {
    if (!isHtml(element, 'script')) continue;
    const kind = kindOf(element);
    if (!kind) continue;
    const src = attributeOf(element, 'src');
    // An empty src fails to load; it does not fall back to the inline text.
    if (src !== null) {
      if (src.trim()) scripts.push({ kind, src: src.trim(), text: '' });
    } else {
      scripts.push({ kind, src: undefined, text: childText(element) });
    }
  }
  return scripts;
}
