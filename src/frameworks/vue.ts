/**
 * Template typings for Vue 3 (Volar / vue-tsc): `import type {} from 'rr-customer/vue';` once
 * in a project types `<rr-customer>`, `<rr-soft-link>` and `<rr-custom-data>` in templates.
 * Types only.
 *
 * Vue sets a binding as a property when the element has one, under the name as written: bind
 * properties camelCase (`:customData`, `:softLinks`, or `.customData`); `:custom-data` would
 * become an attribute the element ignores. `@rr-customer-send` listens to the event.
 *
 * @module
 */
import type { AllowedComponentProps, EmitFn, HTMLAttributes, VNodeProps } from 'vue';
import type { RrCustomDataElement, RrCustomerElement, RrSoftLinkElement } from '../element/rr-customer-define.js';
import type {
  NameValueProperties,
  RrCustomerAttributes,
  RrCustomerEvents,
  RrCustomerProperties,
} from './framework-types.js';

/** `rr-customer-send` → `RrCustomerSend`: the name Vue's compiler gives `@rr-customer-send`, after `on`. */
type PascalCase<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<Name>;

/** Listener props as Vue compiles `@rr-customer-send`: `onRrCustomerSend`. */
export type RrCustomerVueListeners = {
  [Name in keyof RrCustomerEvents as `on${PascalCase<Name>}`]?: (event: RrCustomerEvents[Name]) => void;
};

/** Bindings of `<rr-customer>` in a Vue template. */
export type RrCustomerVueProps = HTMLAttributes &
  VNodeProps &
  AllowedComponentProps &
  RrCustomerAttributes &
  RrCustomerProperties &
  RrCustomerVueListeners;

/** Bindings of `<rr-soft-link>` in a Vue template. */
export type RrSoftLinkVueProps = HTMLAttributes &
  VNodeProps &
  AllowedComponentProps &
  NameValueProperties<RrSoftLinkElement>;

/** Bindings of `<rr-custom-data>` in a Vue template. */
export type RrCustomDataVueProps = HTMLAttributes &
  VNodeProps &
  AllowedComponentProps &
  NameValueProperties<RrCustomDataElement>;

/**
 * A custom element as Vue's tooling reads a component: `$props` for bindings, `$emit` for
 * `@event` listeners; the instance (a template ref) is the element itself.
 */
export type VueCustomElement<Element extends HTMLElement, Props, Events extends object = object> = new () => Element & {
  /** @deprecated For template type checking only; not on the element at run time. */
  $props: Props;
  /** @deprecated For template type checking only; not on the element at run time. */
  $emit: EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'rr-customer': VueCustomElement<RrCustomerElement, RrCustomerVueProps, RrCustomerEvents>;
    'rr-soft-link': VueCustomElement<RrSoftLinkElement, RrSoftLinkVueProps>;
    'rr-custom-data': VueCustomElement<RrCustomDataElement, RrCustomDataVueProps>;
  }
}
