// The live element's markup, as text. It is drawn from the element itself, not from the form,
// so that it shows what the element holds, however it came to hold it.
import { ATTRIBUTES, HOLD } from './customer-state.js';

/** @typedef {[text: string, token?: 'tag' | 'attr' | 'value']} Piece */

/**
 * @param {string} value
 */
function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * @param {Element} element
 * @param {string[]} order the attributes to show first
 * @returns {Piece[][]} one list of pieces per attribute
 */
function attributePieces(element, order) {
  const names = element.getAttributeNames();
  names.sort((a, b) => rank(a) - rank(b));
  /** @param {string} name */
  function rank(name) {
    const index = order.indexOf(name);
    return index === -1 ? order.length : index;
  }
  return names.map((name) =>
    // A boolean attribute reads as a template writes it: `hold`, not `hold=""`.
    name === HOLD && element.getAttribute(name) === ''
      ? [[name, 'attr']]
      : [[name, 'attr'], ['='], [`"${escapeAttribute(element.getAttribute(name) ?? '')}"`, 'value']],
  );
}

/**
 * @param {Element} customer
 * @returns {Piece[]}
 */
function markupPieces(customer) {
  const indent = '  ';
  /** @type {Piece[]} */
  const pieces = [];
  const attributes = attributePieces(customer, [HOLD, ...ATTRIBUTES]);
  const oneLine = attributes.map((parts) => parts.map(([text]) => text).join('')).join(' ');
  pieces.push(['<rr-customer', 'tag']);
  if (attributes.length && oneLine.length <= 60) {
    for (const parts of attributes) pieces.push([' '], ...parts);
  } else {
    for (const parts of attributes) pieces.push([`\n${indent}`], ...parts);
  }
  pieces.push(['>', 'tag']);
  for (const child of customer.children) {
    pieces.push([`\n${indent}`], [`<${child.localName}`, 'tag']);
    for (const parts of attributePieces(child, ['name', 'value'])) pieces.push([' '], ...parts);
    pieces.push(['>', 'tag'], [`</${child.localName}>`, 'tag']);
  }
  if (customer.children.length) pieces.push(['\n']);
  pieces.push(['</rr-customer>', 'tag']);
  return pieces;
}

export class LiveMarkup {
  #text = '';

  /**
   * Shows the markup of `customer` in `view` from now on, and copies it with `copyButton`.
   * @param {Element} customer
   * @param {HTMLElement} view
   * @param {HTMLButtonElement} copyButton
   */
  constructor(customer, view, copyButton) {
    this.customer = customer;
    this.view = view;
    new MutationObserver(() => this.render()).observe(customer, { attributes: true, childList: true, subtree: true });

    copyButton.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(this.#text);
        copyButton.textContent = 'Copied';
      } catch {
        getSelection()?.selectAllChildren(view);
        copyButton.textContent = 'Selected';
      }
      setTimeout(() => (copyButton.textContent = 'Copy'), 1500);
    });
  }

  render() {
    const pieces = markupPieces(this.customer);
    this.#text = pieces.map(([text]) => text).join('');
    this.view.replaceChildren(
      ...pieces.map(([text, token]) => {
        if (!token) return document.createTextNode(text);
        const span = document.createElement('span');
        span.className = `token-${token}`;
        span.textContent = text;
        return span;
      }),
    );
  }
}
