import { unsafeCSS } from '@lit/reactive-element';

/**
 * The elements carry data, not content: none of them takes up room on the page.
 * `unsafeCSS` on a constant rather than the `css` tag, which costs the bundle its checks of
 * interpolated values, and there are none here.
 */
export const hiddenHostStyle = unsafeCSS(':host{display:none}');
