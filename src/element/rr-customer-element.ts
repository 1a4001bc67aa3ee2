import { ReactiveElement, type PropertyDeclarations } from '@lit/reactive-element';
import { canonicalJson } from '../core/canonical-json.js';
import { checkCustomer } from '../core/check-customer.js';
import { CUSTOMER_FIELDS } from '../core/customer-fields.js';
import type { CustomerIssue } from '../core/customer-issue.js';
import type { CustomerPayload, SoftLink } from '../core/customer-payload.js';
import { readCustomer, type CustomerFields, type NamedValue } from '../core/read-customer.js';
import { readSource } from '../core/read-text.js';
import type { SourceAnswer } from './customer-source.js';
import { hiddenHostStyle } from './name-value-element.js';
import type { TrackerFailure } from './rr-customer-events.js';
import { queueSetCustomer } from './set-customer-queue.js';

const SOFT_LINK = 'rr-soft-link';
const CUSTOM_DATA = 'rr-custom-data';

// An attribute's text as it is, `''` included: reading it is the core's work, and an empty
// consent attribute means something there.
const text = { fromAttribute: (value: string | null) => value ?? undefined };

/**
 * A 32-bit digest of text (FNV-1a), for remembering that a text was seen without keeping it:
 * the element's input holds the customer's data, and a page may run for hours. Not a
 * cryptographic hash; two texts that collide only share one console warning.
 */
function digest(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

// Kept for the page, not the element: a remounted element with the same data must not
// send it again, and the same broken template must not fill the console. Warnings are
// remembered as digests, bounded in count, so that nothing of the customer's data stays.
let lastSentKey: string | undefined;
const warnedInputs = new Set<number>();
const WARNED_INPUTS_KEPT = 64;

const failureMessages: Record<TrackerFailure, string> = {
  'queue-replaced': 'window.rrApiOnReady was not a queue; a new one took its place',
  'api-missing': 'rrApi.setCustomer was missing; the call was dropped',
  'api-threw': 'rrApi.setCustomer threw',
};

/**
 * `<rr-customer>` queues Retail Rocket's `rrApi.setCustomer` call on `window.rrApiOnReady`
 * from its attributes and its `<rr-soft-link>` / `<rr-custom-data>` children, and again
 * whenever they change.
 *
 * @tagname rr-customer
 * @slot - `<rr-soft-link>` and `<rr-custom-data>` children, each one `name` / `value` pair. Only direct children count.
 * @fires {CustomEvent<CustomerPayload>} rr-customer-send - A call was queued; `detail` is the payload.
 * @fires {CustomEvent<CustomerInvalidDetail>} rr-customer-invalid - The input has problems; `detail.issues` lists `{ field, message }`, and `detail.sent` says whether the rest was sent without those fields (`true`) or nothing was queued (`false`).
 * @fires {CustomEvent<CustomerErrorDetail>} rr-customer-error - The tracker's globals failed the call or needed repair; `detail` is `{ reason, message }`, never personal data.
 */
export class RrCustomerElement extends ReactiveElement {
  // From the field table: each parameter is a property, and those with an attribute read it
  // as text. The attributes are documented on the declared fields below, for the manifest.
  static override properties: PropertyDeclarations = {
    ...Object.fromEntries(
      CUSTOMER_FIELDS.map((field) => [
        field.name,
        'attribute' in field ? { attribute: field.attribute, converter: text } : { attribute: false },
      ]),
    ),
    src: {},
    hold: { type: Boolean },
  };

  /** How long the customer source has for its whole answer, in ms, before it counts as failed. */
  static sourceTimeout = 10_000;

  static override styles = hiddenHostStyle;

  /** Unique customer identifier. Required; a guest's placeholder such as `0` or `guest` blocks the call. A number is sent as its decimal text.
   * @attr customer-id
   */
  declare customerId: string | number | undefined;
  /** The customer's email address, at most 254 characters.
   * @attr email
   */
  declare email: string | undefined;
  /** Phone number in E.164 or one of Retail Rocket's formats; sent as written. A number is sent as its decimal text.
   * @attr phone
   */
  declare phone: string | number | undefined;
  /** Region ID, at most 50 characters. A number is sent as its decimal text.
   * @attr default-stock-id
   */
  declare defaultStockId: string | number | undefined;
  /**
   * Consent to marketing mail. Attribute `is-agreed-to-receive-marketing-mail`: `true`, `1`,
   * `yes`, `y`, `on` or `false`, `0`, `no`, `n`, `off`, in any letter case; present but empty
   * (or a placeholder) means `false`; absent leaves the key out. Other text blocks the call.
   * @attr is-agreed-to-receive-marketing-mail
   */
  declare isAgreedToReceiveMarketingMail: boolean | string | undefined;
  /**
   * Custom data as an object of name to value (text or a number), for frameworks. Property
   * only. A `<rr-custom-data>` child with the same name wins. Assign a new object to change it.
   */
  declare customData: Readonly<Record<string, string | number>> | undefined;
  /**
   * Soft links as a list of `{ name, value }`, for frameworks. Property only. A
   * `<rr-soft-link>` child with the same name replaces the entry. Assign a new array to change it.
   */
  declare softLinks: readonly (SoftLink | { readonly name: string; readonly value: string | number })[] | undefined;

  /**
   * The URL of a private endpoint that answers with the signed-in customer as JSON, for pages
   * a shared cache may store: its fields take the place of the markup's, and nothing is sent
   * until it has answered. Empty means no source.
   * @attr src
   */
  declare src: string | undefined;
  /**
   * While present, nothing is sent: for a consent manager, which removes it once the visitor
   * agrees. Issues are still reported. Once removed, the current input is sent.
   * @attr hold
   */
  declare hold: boolean;

  #childObserver: MutationObserver | undefined;
  // The source last asked, and its answer: `undefined` until it has answered well, `null`
  // for a guest. Each request gets a number, so that only the latest one's answer counts.
  #sourceUrl: string | undefined;
  #answer: CustomerFields | null | undefined;
  #requests = 0;
  #abortSource: AbortController | undefined;
  #lastInputKey: string | undefined;
  // Counts the distinct inputs, so that a queued call can tell whether the input it came from
  // is still the current one without holding on to that input's text.
  #inputCount = 0;

  // The children are display: none themselves, but only a slotted child is styled at all;
  // the slot lets each of them say so rather than sit outside the rendered tree.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.append(document.createElement('slot'));
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#childObserver ??= new MutationObserver(() => this.requestUpdate());
    this.#childObserver.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['name', 'value'],
    });
    // Children may have changed while the element was away, and the source is asked anew.
    this.#sourceUrl = undefined;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
    this.#abortSource?.abort();
    this.#requests += 1;
  }

  /**
   * Asks the customer source again, as after a login that did not reload the page. Settles
   * once that answer has been handled; never rejects. Without a source, or once a newer
   * request replaces this one, it resolves at once.
   */
  async refresh(): Promise<void> {
    this.#abortSource?.abort();
    const request = ++this.#requests;
    this.#answer = undefined;
    const url = (this.#sourceUrl = readSource(this.src));
    if (!url || !this.isConnected) return;
    const controller = (this.#abortSource = new AbortController());
    let answer: SourceAnswer | undefined;
    try {
      const { fetchCustomer } = await import('./customer-source.js');
      const names = CUSTOMER_FIELDS.map((field) => field.name);
      answer = await fetchCustomer(url, names, controller.signal, RrCustomerElement.sourceTimeout);
    } catch {
      // The fetching is a file beside the element's own: a CDN copy without it fails here.
      answer = { failure: 'could not load its module' };
    }
    if (!answer || request !== this.#requests) return;
    if ('failure' in answer) {
      this.#dispatch('rr-customer-error', {
        reason: 'source-failed',
        message: `The customer source ${answer.failure}`,
      });
      return;
    }
    this.#answer = answer.fields;
    this.requestUpdate();
    await this.updateComplete;
  }

  // While the parser is still on the page, the children written in the markup may not
  // exist yet: wait for them rather than send a partial first call.
  protected override async scheduleUpdate(): Promise<void> {
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    super.scheduleUpdate();
  }

  protected override updated(): void {
    if (!this.isConnected) return;
    const url = readSource(this.src);
    if (url !== this.#sourceUrl) void this.refresh();
    // Until the source has answered well, nothing: a cached page's own markup must never go
    // out first. A guest sends nothing and is no problem to report.
    if (url && !this.#answer) return;
    const answer = this.#answer ?? {};
    const fields = url
      ? Object.fromEntries(CUSTOMER_FIELDS.map(({ name }) => [name, name in answer ? answer[name] : this[name]]))
      : this;
    const input = readCustomer(fields, this.#children(SOFT_LINK), this.#children(CUSTOM_DATA));
    // The input holds only text, booleans and messages, so its JSON tells inputs apart
    // exactly as the contract does. Held, the same input is another state: released, it sends.
    const inputKey = JSON.stringify(input);
    const stateKey = this.hold ? `held ${inputKey}` : inputKey;
    if (stateKey === this.#lastInputKey) return;
    this.#lastInputKey = stateKey;
    this.#inputCount += 1;

    const { payload, issues, sent } = checkCustomer(input);
    if (payload && !this.hold) this.#send(payload, this.#inputCount);
    if (issues.length) this.#reportInvalid(issues, sent && !this.hold, inputKey);
  }

  #children(tagName: string): NamedValue[] {
    return Array.from(this.children)
      .filter((child) => child.localName === tagName)
      .map((child) => ({ name: child.getAttribute('name'), value: child.getAttribute('value') }));
  }

  #send(payload: CustomerPayload, inputCount: number): void {
    const payloadKey = canonicalJson(payload);
    if (payloadKey === lastSentKey) return;
    lastSentKey = payloadKey;
    queueSetCustomer(payload, (reason) => {
      // A dropped call was never sent: the same data, given again, must be able to retry.
      if (reason !== 'queue-replaced') {
        if (lastSentKey === payloadKey) lastSentKey = undefined;
        if (this.#inputCount === inputCount) this.#lastInputKey = undefined;
      }
      this.#dispatch('rr-customer-error', { reason, message: failureMessages[reason] });
    });
    // A copy: a listener that edits the detail must not change what the tracker gets later.
    this.#dispatch('rr-customer-send', structuredClone(payload));
  }

  #dispatch(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #reportInvalid(issues: readonly CustomerIssue[], sent: boolean, inputKey: string): void {
    this.#dispatch('rr-customer-invalid', { issues, sent });
    const seen = digest(inputKey);
    if (warnedInputs.has(seen)) return;
    warnedInputs.add(seen);
    if (warnedInputs.size > WARNED_INPUTS_KEPT) warnedInputs.delete(warnedInputs.values().next().value as number);
    const fields = [...new Set(issues.map((issue) => issue.field))].join(', ');
    const outcome = sent ? `was queued without the invalid ${fields}` : `was not queued; invalid: ${fields}`;
    console.warn(`<rr-customer>: setCustomer ${outcome}. See the rr-customer-invalid event for details.`);
  }
}
