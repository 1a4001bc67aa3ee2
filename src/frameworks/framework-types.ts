// Types only: what the JSX / template typings of rr-customer/react, rr-customer/preact and
// rr-customer/vue share. Nothing here is runtime code, so none of it reaches the CDN bundle.
import type { AttributeField, FieldName } from '../core/customer-fields.js';
import type { RrCustomDataElement, RrCustomerElement, RrSoftLinkElement } from '../element/rr-customer-define.js';

/**
 * The attributes of `<rr-customer>`, as the field table names them, and text, as HTML has it.
 * A one-word name (`email`, `phone`) is its property's name too, so the property's type
 * speaks for it.
 */
export type RrCustomerAttributes = {
  [Field in AttributeField as Field['attribute'] extends Field['name'] ? never : Field['attribute']]?: string;
};

/** The properties of `<rr-customer>`, camelCase, with their own types. */
export type RrCustomerProperties = Partial<Pick<RrCustomerElement, FieldName | 'src' | 'hold'>>;

/** Attributes and properties of `<rr-soft-link>` and `<rr-custom-data>`: the same names, text. */
export type NameValueProperties<Element extends RrSoftLinkElement | RrCustomDataElement> = Partial<
  Pick<Element, 'name' | 'value'>
>;

/** The events `<rr-customer>` fires, by name, as rr-customer-define.ts adds them to `HTMLElementEventMap`. */
export type RrCustomerEvents = Pick<
  HTMLElementEventMap,
  'rr-customer-send' | 'rr-customer-invalid' | 'rr-customer-error'
>;

/**
 * Listener props as React 19 and Preact read them on a custom element: `on` + the exact
 * event name adds a listener for it; with `Capture` after the name, a capturing one.
 */
export type OnEventProps = {
  [Name in keyof RrCustomerEvents as `on${Name}` | `on${Name}Capture`]?: (event: RrCustomerEvents[Name]) => void;
};
