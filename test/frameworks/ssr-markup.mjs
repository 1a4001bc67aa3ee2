// What a server renders for <rr-customer>, shared by the Node test (test/node/ssr.test.mjs),
// which renders it, and the browser tests, which upgrade and hydrate it: the same React
// component on both sides, and the same page as a plain HTML template would print it.
import { createElement as h, useEffect, useRef, useState } from 'react';

/**
 * @typedef {{ readonly name: string; readonly value: string }} NamedValue
 * @typedef {{
 *   readonly customerId: string;
 *   readonly email: string;
 *   readonly childLinks: readonly NamedValue[];
 *   readonly childData: readonly NamedValue[];
 * }} ServerState
 * The state a server can put in markup: text for attributes and lists for children. (React
 * renders no object property into HTML, so customData and softLinks travel as children.)
 */

/**
 * The component, rendered by react-dom/server on the server and hydrated in the browser.
 * `onSend` is attached in an effect rather than as an `onrr-customer-send` prop: React 19 does
 * not attach a custom element's `on…` props while hydrating (react/react#35446).
 * @param {{
 *   initial: ServerState;
 *   onSend?: (event: Event) => void;
 *   expose?: (setState: (state: ServerState) => void) => void;
 * }} props
 */
export function CustomerApp({ initial, onSend, expose }) {
  const [state, setState] = useState(initial);
  // In an effect, so a caller holding setState knows hydration has committed: an update
  // made before that makes React drop the server markup.
  useEffect(() => {
    expose?.(setState);
  }, [expose]);
  const ref = useRef(/** @type {HTMLElement | null} */ (null));
  useEffect(() => {
    const element = ref.current;
    if (!element || !onSend) return undefined;
    element.addEventListener('rr-customer-send', onSend);
    return () => element.removeEventListener('rr-customer-send', onSend);
  }, [onSend]);
  return h(
    'rr-customer',
    { ref, 'customer-id': state.customerId, email: state.email },
    ...state.childLinks.map((link) =>
      h('rr-soft-link', { key: `link:${link.name}`, name: link.name, value: link.value }),
    ),
    ...state.childData.map((data) =>
      h('rr-custom-data', { key: `data:${data.name}`, name: data.name, value: data.value }),
    ),
  );
}

/** @param {string} text */
const escapeHtml = (text) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[char] ?? char,
  );

/** @param {string} tag @param {NamedValue} pair */
const pairHtml = (tag, { name, value }) => `<${tag} name="${escapeHtml(name)}" value="${escapeHtml(value)}"></${tag}>`;

/**
 * The same markup as a server template without React prints it.
 * @param {ServerState} state
 */
export function customerHtml(state) {
  const links = state.childLinks.map((link) => pairHtml('rr-soft-link', link));
  const data = state.childData.map((pair) => pairHtml('rr-custom-data', pair));
  return `<rr-customer customer-id="${escapeHtml(state.customerId)}" email="${escapeHtml(state.email)}">${[...links, ...data].join('')}</rr-customer>`;
}
