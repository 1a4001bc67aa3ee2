// The log on the page. Its entries hold the visitor's own input, so everything is put in as
// text: nothing here is parsed as HTML.

/** @typedef {'call' | 'queued' | 'invalid' | 'info' | 'error'} EntryKind */
/** @typedef {import('./customer-state.js').Issue} Issue */

/** @type {Record<EntryKind, string>} */
const BADGES = { call: 'setCustomer', queued: 'queued', invalid: 'invalid', info: 'info', error: 'error' };

export class EventLog {
  #entryCount = 0;

  /**
   * @param {HTMLOListElement} list the entries, newest first
   * @param {HTMLElement} empty shown while the list is empty
   */
  constructor(list, empty) {
    this.list = list;
    this.empty = empty;
  }

  /**
   * Adds one entry at the top of the log.
   * @param {EntryKind} kind
   * @param {string} title
   * @param {Node} [body]
   * @returns {HTMLLIElement}
   */
  add(kind, title, body) {
    this.#entryCount += 1;
    const entry = document.createElement('li');
    entry.className = `entry entry-${kind}`;
    entry.dataset.kind = kind;
    entry.dataset.seq = String(this.#entryCount);

    const heading = document.createElement('div');
    heading.className = 'entry-heading';
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = BADGES[kind];
    const text = document.createElement('span');
    text.className = 'entry-title';
    text.textContent = title;
    const time = document.createElement('time');
    const now = new Date();
    time.dateTime = now.toISOString();
    time.textContent = now.toLocaleTimeString([], { hour12: false });
    heading.append(badge, text, time);
    entry.append(heading);
    if (body) entry.append(body);

    this.list.prepend(entry);
    this.empty.hidden = true;
    return entry;
  }

  clear() {
    this.list.replaceChildren();
    this.empty.hidden = false;
  }
}

/**
 * @param {unknown} payload
 * @param {string} [prefix] shown before the JSON, as in the code that makes the call
 */
export function payloadBlock(payload, prefix) {
  const pre = document.createElement('pre');
  pre.className = 'code payload';
  const code = document.createElement('code');
  if (prefix) {
    const call = document.createElement('span');
    call.className = 'token-call';
    call.textContent = prefix;
    code.append(call);
  }
  const json = document.createElement('span');
  json.dataset.payload = '';
  json.textContent = JSON.stringify(payload, null, 2);
  code.append(json);
  if (prefix) code.append(')');
  pre.append(code);
  return pre;
}

/**
 * The issues as a list: each field's name and what is wrong with it, as text. The element
 * never quotes a value in them.
 * @param {readonly Issue[]} issues
 */
export function issueList(issues) {
  const list = document.createElement('ul');
  list.className = 'issues';
  for (const { field, message } of issues) {
    const item = document.createElement('li');
    const name = document.createElement('code');
    name.textContent = field;
    item.append(name, ` · ${message}`);
    list.append(item);
  }
  return list;
}
