/**
 * Finds personal data (an email address, a phone number, a customer ID) in text that is about
 * to leave the page: console output, error messages, event texts. It reports only the kind of
 * what it found and where the knowledge came from, never the value itself, so that its own
 * report can be printed.
 *
 * It knows the values three ways:
 * - by shape: anything that looks like an email address (a stack frame's `name@url` does
 *   not); a phone number: 7 to 15 digits after a `+`, 10 or more written in groups, or 11 or
 *   more in one run; a customer ID as the test helpers make them (`customer-N-…`). Shorter
 *   digit runs (byte counts, heap sizes, a fast-check seed) are not taken for phone numbers;
 * - by registration: a test that uses a value of another shape registers it here;
 * - from the page: every `customer-id`, `email` and `phone` that an `<rr-customer>` in the
 *   document holds when the text is checked.
 */

export type PersonalKind = 'email' | 'phone' | 'customer ID';
export type FindingSource = 'shape' | 'registered' | 'page';

export interface Finding {
  readonly kind: PersonalKind;
  readonly source: FindingSource;
}

// An email address, but not a stack frame as Firefox and JavaScriptCore write one, `name@url`
// (`send@http://localhost:8000/x.js:1:5`, `run@blob:http://…`, `f@webkit-masked-url://hidden/`):
// there the `@` is followed by a URL scheme and `://`, which no address is.
const EMAIL_SHAPE =
  /[A-Za-z0-9._%+-]+@[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*(?![\w.+-]*:(?:[A-Za-z][\w.+-]*:)?\/\/)/;
// A candidate phone: digits joined by at most two of space, hyphen or bracket, not inside a
// word, a decimal number or a time.
const PHONE_CANDIDATE = /(?<![\w.:+])\+?\d(?:[ ()-]{0,2}\d){6,14}(?![\w:]|\.\d)/g;
const CUSTOMER_ID_SHAPE = /\bcustomer-\d+-[a-z0-9]+\b/;

// Text that a junk input may hold but that names nobody; seen in a console line, it is no leak.
const NOT_PERSONAL = new Set(['[object object]', 'undefined', 'null', 'true', 'false', 'nan']);

const REGISTRY = Symbol.for('rr-customer.test.personal-values');
type Registry = Map<string, PersonalKind>;

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [REGISTRY]?: Registry };
  return (holder[REGISTRY] ??= new Map());
}

/** Whether `value` is distinctive enough to look for as a whole word without false alarms. */
function distinctive(value: string): boolean {
  if (value.length < 4 || NOT_PERSONAL.has(value.toLowerCase())) return false;
  return !/^\d{1,6}$/.test(value);
}

/** Makes the checker look for `value` from now on, on this page. */
export function registerPersonalValue(kind: PersonalKind, value: string): void {
  const text = value.trim();
  if (distinctive(text)) registry().set(text.toLowerCase(), kind);
}

/** Forgets every registered value (for a test that plants its own). */
export function forgetRegisteredValue(value: string): void {
  registry().delete(value.trim().toLowerCase());
}

function looksLikePhone(text: string): boolean {
  for (const [candidate] of text.matchAll(PHONE_CANDIDATE)) {
    const digits = candidate.replace(/\D/g, '').length;
    if (digits > 15) continue;
    const separated = /\D/.test(candidate.slice(1));
    if ((candidate.startsWith('+') && digits >= 7) || digits >= 11 || (separated && digits >= 10)) return true;
  }
  return false;
}

/** Whether `needle` (lower case) occurs in `haystack` (lower case) with no letter or digit right beside it. */
function containsWord(haystack: string, needle: string): boolean {
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** The personal values the `<rr-customer>` elements in the document (and open shadow roots) hold now. */
function valuesOnThePage(): [string, PersonalKind][] {
  if (typeof document === 'undefined') return [];
  const found: [string, PersonalKind][] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
      if (element.localName !== 'rr-customer') continue;
      const held = element as Element & Partial<Record<'customerId' | 'email' | 'phone', unknown>>;
      const fields: [unknown, PersonalKind][] = [
        [held.customerId, 'customer ID'],
        [element.getAttribute('customer-id'), 'customer ID'],
        [held.email, 'email'],
        [element.getAttribute('email'), 'email'],
        [held.phone, 'phone'],
        [element.getAttribute('phone'), 'phone'],
      ];
      for (const [value, kind] of fields) {
        if (typeof value === 'string' && distinctive(value.trim())) found.push([value.trim().toLowerCase(), kind]);
      }
    }
  };
  visit(document);
  return found;
}

/** Every kind of personal data in `text`, at most once per kind and source. */
export function findPersonalData(text: string): Finding[] {
  const findings = new Map<string, Finding>();
  const add = (kind: PersonalKind, source: FindingSource) => findings.set(`${kind}/${source}`, { kind, source });
  if (EMAIL_SHAPE.test(text)) add('email', 'shape');
  if (looksLikePhone(text)) add('phone', 'shape');
  if (CUSTOMER_ID_SHAPE.test(text)) add('customer ID', 'shape');
  const lower = text.toLowerCase();
  for (const [value, kind] of registry()) if (containsWord(lower, value)) add(kind, 'registered');
  for (const [value, kind] of valuesOnThePage()) if (containsWord(lower, value)) add(kind, 'page');
  return [...findings.values()];
}

const OBJECTS_READ_AT_MOST = 10_000;

/**
 * All the text a value would show when printed or inspected: strings and numbers as they are,
 * an error's name, message, stack and cause, an element's markup, and the keys and values of
 * objects, arrays, maps and sets, however deep (cycles are followed once).
 */
export function textOf(value: unknown, seen = new Set<unknown>()): string {
  if (typeof value === 'string') return value;
  // The page's globals are no one's data, and walking them would take long.
  if (value === globalThis || seen.size > OBJECTS_READ_AT_MOST) return '';
  if (value === null || value === undefined || typeof value === 'boolean' || typeof value === 'number') {
    return String(value);
  }
  if (typeof value === 'bigint' || typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return `${value.name}`;
  if (seen.has(value)) return '';
  seen.add(value);
  const parts: string[] = [];
  try {
    if (typeof Node !== 'undefined' && value instanceof Node) {
      if (value instanceof Document) parts.push(value.documentElement.outerHTML);
      else parts.push(value instanceof Element ? value.outerHTML : (value.textContent ?? ''));
      if (value instanceof Element && value.shadowRoot) parts.push(value.shadowRoot.innerHTML);
    }
    if (value instanceof Error) parts.push(value.name, value.message, value.stack ?? '', textOf(value.cause, seen));
    if (value instanceof Map || value instanceof Set) {
      for (const entry of value) parts.push(textOf(entry, seen));
    }
    for (const key of Reflect.ownKeys(value)) {
      parts.push(String(key));
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor) parts.push(textOf(descriptor.value, seen));
    }
    if (!Array.isArray(value) && parts.length === 0) parts.push(String(value));
  } catch {
    // An object that refuses to be read (a revoked proxy, say) shows nothing either.
  }
  return parts.join('\n');
}

let syntheticCount = 0;
const randomTail = () => Math.random().toString(36).slice(2, 8).padEnd(6, '0');

/** A customer ID of the shape the checker knows. */
export function syntheticCustomerId(): string {
  syntheticCount += 1;
  return `customer-${900000 + syntheticCount}-${randomTail()}`;
}

/** A valid email address the checker knows by its shape. */
export function syntheticEmail(): string {
  syntheticCount += 1;
  return `person.${syntheticCount}.${randomTail()}@example.com`;
}

/** A valid E.164 phone number (a `+` and 11 digits) the checker knows by its shape. */
export function syntheticPhone(): string {
  const digits = Array.from({ length: 10 }, () => Math.floor(Math.random() * 10)).join('');
  return `+7${digits}`;
}
