// Types only: what the JSX / template typings of rr-customer/react, rr-customer/preact and
// rr-customer/vue share. Nothing here is runtime code, so none of it reaches the CDN bundle.
import type { RrCustomDataElement, RrCustomerElement, RrSoftLinkElement } from './rr-customer-define.js';

/** `customerId` → `customer-id`: how the element names the attribute of each property. */
type KebabCase<Name extends string> = Name extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${KebabCase<Tail>}`
  : Name;

/** The properties of `<rr-customer>` that also have an attribute. */
type AttributeProperty = 'customerId' | 'email' | 'phone' | 'defaultStockId' | 'isAgreedToReceiveMarketingMail';

/**
 * The attributes of `<rr-customer>`: kebab-case, and text, as HTML has it. A one-word name
 * (`email`, `phone`) is its property's name too, so the property's type speaks for it.
 */
export type RrCustomerAttributes = {
  [Name in AttributeProperty as KebabCase<Name> extends Name ? never : KebabCase<Name>]?: string;
};

/** The properties of `<rr-customer>`, camelCase, with their own types. */
export type RrCustomerProperties = Partial<Pick<RrCustomerElement, AttributeProperty | 'customData' | 'softLinks'>>;

/** Attributes and properties of `<rr-soft-link>` and `<rr-custom-data>`: the same names, text. */
export type NameValueProperties<Element extends RrSoftLinkElement | RrCustomDataElement> = Partial<
  Pick<Element, 'name' | 'value'>
>;

/** The events `<rr-customer>` fires, by name, as rr-customer-define.ts adds them to `HTMLElementEventMap`. */
export type RrCustomerEvents = Pick<HTMLElementEventMap, 'rr-customer-send' | 'rr-customer-invalid' | 'rr-customer-error'>;

/**
 * Listener props as React 19 and Preact read them on a custom element: `on` + the exact
 * event name adds a listener for it; with `Capture` after the name, a capturing one.
 */
export type OnEventProps = {
  [Name in keyof RrCustomerEvents as `on${Name}` | `on${Name}Capture`]?: (event: RrCustomerEvents[Name]) => void;
};
