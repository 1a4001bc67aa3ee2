import { css } from '@lit/reactive-element';

/** The elements carry data, not content: none of them takes up room on the page. */
export const hiddenHostStyle = css`:host{display:none}`;
