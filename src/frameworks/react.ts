/**
 * JSX typings for React 19: `import type {} from 'rr-customer/react';` once in a project
 * types `<rr-customer>`, `<rr-soft-link>` and `<rr-custom-data>` in TSX. Types only.
 *
 * React 19 sets a prop as a property when the element has one (`customerId`, `customData`,
 * `softLinks`, …) and as an attribute otherwise (`customer-id`, …); a prop `on` + event name
 * (`onrr-customer-send`) adds a listener for that event.
 *
 * @module
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { RrCustomDataElement, RrCustomerElement, RrSoftLinkElement } from '../element/rr-customer-define.js';
import type {
  NameValueProperties,
  OnEventProps,
  RrCustomerAttributes,
  RrCustomerProperties,
} from './framework-types.js';

/** Props of `<rr-customer>` in React: attributes, properties, listeners, `key`, `ref`, children. */
export type RrCustomerReactProps = DetailedHTMLProps<HTMLAttributes<RrCustomerElement>, RrCustomerElement> &
  RrCustomerAttributes &
  RrCustomerProperties &
  OnEventProps;

/** Props of `<rr-soft-link>` in React. */
export type RrSoftLinkReactProps = DetailedHTMLProps<HTMLAttributes<RrSoftLinkElement>, RrSoftLinkElement> &
  NameValueProperties<RrSoftLinkElement>;

/** Props of `<rr-custom-data>` in React. */
export type RrCustomDataReactProps = DetailedHTMLProps<HTMLAttributes<RrCustomDataElement>, RrCustomDataElement> &
  NameValueProperties<RrCustomDataElement>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX lives in a namespace; augmenting it takes one.
  namespace JSX {
    interface IntrinsicElements {
      'rr-customer': RrCustomerReactProps;
      'rr-soft-link': RrSoftLinkReactProps;
      'rr-custom-data': RrCustomDataReactProps;
    }
  }
}
