/**
 * JSX typings for Preact: `import type {} from 'rr-customer/preact';` once in a project types
 * `<rr-customer>`, `<rr-soft-link>` and `<rr-custom-data>` in TSX. Types only.
 *
 * Preact sets a prop as a property when the element has one (`customerId`, `customData`,
 * `softLinks`, …) and as an attribute otherwise (`customer-id`, …); a prop `on` + event name
 * (`onrr-customer-send`) adds a listener for that event.
 *
 * @module
 */
import type { HTMLAttributes } from 'preact';
import type { RrCustomDataElement, RrCustomerElement, RrSoftLinkElement } from '../element/rr-customer-define.js';
import type {
  NameValueProperties,
  OnEventProps,
  RrCustomerAttributes,
  RrCustomerProperties,
} from './framework-types.js';

/** Props of `<rr-customer>` in Preact: attributes, properties, listeners, `key`, `ref`, children. */
export type RrCustomerPreactProps = HTMLAttributes<RrCustomerElement> &
  RrCustomerAttributes &
  RrCustomerProperties &
  OnEventProps;

/** Props of `<rr-soft-link>` in Preact. */
export type RrSoftLinkPreactProps = HTMLAttributes<RrSoftLinkElement> & NameValueProperties<RrSoftLinkElement>;

/** Props of `<rr-custom-data>` in Preact. */
export type RrCustomDataPreactProps = HTMLAttributes<RrCustomDataElement> & NameValueProperties<RrCustomDataElement>;

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Preact's JSX lives in a namespace; augmenting it takes one.
  namespace JSX {
    interface IntrinsicElements {
      'rr-customer': RrCustomerPreactProps;
      'rr-soft-link': RrSoftLinkPreactProps;
      'rr-custom-data': RrCustomDataPreactProps;
    }
  }
}
