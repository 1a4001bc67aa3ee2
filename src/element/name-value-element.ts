import { ReactiveElement, unsafeCSS } from '@lit/reactive-element';

/**
 * The elements carry data, not content: none of them takes up room on the page.
 * `unsafeCSS` on a constant rather than the `css` tag, which costs the bundle its checks of
 * interpolated values, and there are none here.
 */
export const hiddenHostStyle = unsafeCSS(':host{display:none}');

/**
 * A child of `<rr-customer>` that holds one `name` / `value` pair.
 *
 * The properties are read and written straight through to the attributes, so that
 * the parent sees every change in one place: its MutationObserver.
 *
 * @attr {string} name - The pair's key. A pair with a value but no name is reported invalid.
 * @attr {string} value - The pair's value, sent as text. A pair with an empty or missing value is left out.
 */
export class NameValueElement extends ReactiveElement {
  static override styles = hiddenHostStyle;

  /** The pair's key. Reflects the `name` attribute; `''` when it is absent. */
  get name(): string {
    return this.getAttribute('name') ?? '';
  }

  set name(name: string) {
    this.setAttribute('name', name);
  }

  /** The pair's value. Reflects the `value` attribute; `''` when it is absent. */
  get value(): string {
    return this.getAttribute('value') ?? '';
  }

  set value(value: string) {
    this.setAttribute('value', value);
  }

  override connectedCallback(): void {
    // A framework may set a property before the element is defined; that value is then an
    // own property hiding the accessor. Move it onto the attribute where it belongs.
    for (const key of ['name', 'value'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, key)) {
        const value = this[key];
        Reflect.deleteProperty(this, key);
        this[key] = value;
      }
    }
    super.connectedCallback();
  }
}
