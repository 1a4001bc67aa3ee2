// The one scenario every framework test runs: what a framework user's component does with
// <rr-customer> (render it from state, change that state, re-render, unmount, remount, listen
// to its events) and what the tracker must receive each time. Each framework's test file
// supplies an adapter that does these steps with that framework's own state and event syntax.
import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { CustomerInvalidDetail, CustomerPayload } from '../../src/index.js';
import { expectSameData } from '../support/fixture-page.js';
import { freshTracker, newCustomerId, settle } from '../support/page.js';

export interface NamedValue {
  readonly name: string;
  readonly value: string;
}

/** A pair of the `softLinks` property: frameworks pass numbers there as they have them. */
export interface PropertyPair {
  readonly name: string;
  readonly value: string | number;
}

/** The component's state, as a framework user keeps it. */
export interface CustomerState {
  /**
   * Text is bound to the `customer-id` attribute, as the README shows; a number, as an ID kept
   * as one, to the `customerId` property (see `customerIdText` and `customerIdNumber`).
   */
  readonly customerId: string | number;
  /** Bound to the `email` attribute. */
  readonly email: string;
  /** Bound to the `customData` property; absent means the binding gives nothing. */
  readonly customData?: Readonly<Record<string, string | number>>;
  /** Bound to the `softLinks` property; absent means the binding gives nothing. */
  readonly softLinks?: readonly PropertyPair[];
  /** Each one rendered as an `<rr-soft-link>` child, from a list. */
  readonly childLinks: readonly NamedValue[];
  /** Each one rendered as an `<rr-custom-data>` child, from a list. */
  readonly childData: readonly NamedValue[];
}

/** What to bind to the `customer-id` attribute: the ID when it is text, else nothing. */
export const customerIdText = (id: string | number): string | undefined => (typeof id === 'string' ? id : undefined);

/** What to bind to the `customerId` property: the ID when it is a number, else nothing. */
export const customerIdNumber = (id: string | number): number | undefined => (typeof id === 'number' ? id : undefined);

let numericIds = 0;
/** A numeric customer ID of this page's own: the page skips a repeat of the last payload. */
function newNumericId(): number {
  numericIds += 1;
  return 700_000_000 + Math.floor(Math.random() * 1_000_000) * 100 + numericIds;
}

/** What the component's own listeners (written in the framework's syntax) received. */
export interface Heard {
  readonly sends: CustomerPayload[];
  readonly invalids: CustomerInvalidDetail[];
}

/** One framework's way of doing each step. Every method resolves once the framework has rendered. */
export interface FrameworkAdapter {
  /** Renders a component holding `state` into `container`; its listeners push into `heard`. */
  mount(container: HTMLElement, state: CustomerState, heard: Heard): Promise<void>;
  /** Replaces the component's state (always with a fresh object, even when equal). */
  setState(state: CustomerState): Promise<void>;
  /** Unmounts the component (the framework removes what it rendered). */
  unmount(): Promise<void>;
}

/** A copy made of fresh objects and arrays, equal to `state`: a re-render that changes nothing. */
function equalCopy(state: CustomerState): CustomerState {
  return structuredClone(state);
}

export function frameworkContract(framework: string, createAdapter: () => FrameworkAdapter): void {
  describe(`<rr-customer> in ${framework}`, () => {
    let adapter: FrameworkAdapter;
    let container: HTMLElement;
    let heard: Heard;
    let mounted = false;

    beforeEach(() => {
      adapter = createAdapter();
      container = document.createElement('div');
      document.body.append(container);
      heard = { sends: [], invalids: [] };
    });

    afterEach(async () => {
      if (mounted) await adapter.unmount();
      mounted = false;
      container.remove();
    });

    async function mount(state: CustomerState): Promise<void> {
      await adapter.mount(container, state, heard);
      mounted = true;
      await settle();
    }

    async function unmount(): Promise<void> {
      await adapter.unmount();
      mounted = false;
      await settle();
    }

    async function setState(state: CustomerState): Promise<void> {
      await adapter.setState(state);
      await settle();
    }

    function initialState(customerId: string): CustomerState {
      return {
        customerId,
        email: 'first@example.com',
        customData: { tier: 'gold' },
        softLinks: [{ name: 'crm', value: 'crm-1' }],
        childLinks: [{ name: 'card', value: 'card-1' }],
        childData: [{ name: 'city', value: 'Moscow' }],
      };
    }

    /** What initialState(customerId) must send: the properties first, then the children. */
    function initialPayload(customerId: string, email = 'first@example.com'): CustomerPayload {
      return {
        customerId,
        email,
        customData: { tier: 'gold', city: 'Moscow' },
        softLinks: [
          { name: 'crm', value: 'crm-1' },
          { name: 'card', value: 'card-1' },
        ],
      };
    }

    it('sends the attributes, properties and list children of its state once, and its send listener hears it', async () => {
      const tracker = freshTracker();
      tracker.load();
      const customerId = newCustomerId();
      await mount(initialState(customerId));

      const payload = initialPayload(customerId);
      expectSameData(tracker.calls, [payload], 'the calls');
      expectSameData(heard.sends, [payload], 'what the send listener heard');
      expect(heard.invalids).to.have.length(0);
      expect(container.querySelectorAll('rr-customer')).to.have.length(1);
    });

    it('a state change sends once; re-rendering equal state sends nothing', async () => {
      const tracker = freshTracker();
      tracker.load();
      const customerId = newCustomerId();
      const first = initialState(customerId);
      await mount(first);
      const element = container.querySelector('rr-customer');

      await setState(equalCopy(first));
      expect(tracker.calls, 'after re-rendering equal state').to.have.length(1);

      const second: CustomerState = {
        customerId,
        email: 'second@example.com',
        customData: { tier: 'silver', since: '2024' },
        softLinks: [
          { name: 'crm', value: 'crm-1' },
          { name: 'loyalty', value: 'loyal-2' },
        ],
        childLinks: [
          { name: 'card', value: 'card-1' },
          { name: 'club', value: 'club-2' },
        ],
        childData: [],
      };
      await setState(second);
      await setState(equalCopy(second));

      const secondPayload = {
        customerId,
        email: 'second@example.com',
        customData: { tier: 'silver', since: '2024' },
        softLinks: [
          { name: 'crm', value: 'crm-1' },
          { name: 'loyalty', value: 'loyal-2' },
          { name: 'card', value: 'card-1' },
          { name: 'club', value: 'club-2' },
        ],
      };
      expectSameData(tracker.calls.slice(1), [secondPayload], 'the calls after the first');
      expectSameData(heard.sends.slice(1), [secondPayload], 'what the send listener heard after the first');
      // The framework updated the element it had, rather than making another.
      expect(container.querySelector('rr-customer')).to.equal(element);
    });

    // A property whose binding goes away is set to undefined, or by Preact to '': both must
    // count as not given.
    it('state that drops customData and softLinks sends without them', async () => {
      const tracker = freshTracker();
      tracker.load();
      const customerId = newCustomerId();
      const first = initialState(customerId);
      await mount(first);
      await setState({ customerId, email: first.email, childLinks: [], childData: [] });

      expect(heard.invalids.map((invalid) => invalid.issues.map((issue) => issue.field))).to.deep.equal([]);
      expectSameData(tracker.calls.slice(1), [{ customerId, email: 'first@example.com' }], 'the calls after the first');
    });

    it('unmounting sends nothing, and remounting the same data sends nothing new', async () => {
      const tracker = freshTracker();
      tracker.load();
      const customerId = newCustomerId();
      const state = initialState(customerId);
      await mount(state);
      expect(tracker.calls).to.have.length(1);

      await unmount();
      expect(container.querySelector('rr-customer'), 'the framework removed the element').to.equal(null);
      await mount(equalCopy(state));

      expect(container.querySelectorAll('rr-customer')).to.have.length(1);
      expect(tracker.calls).to.have.length(1);
      expect(heard.sends).to.have.length(1);

      // The remounted element is live: a change sends as usual.
      await setState({ ...state, email: 'after-remount@example.com' });
      expect(tracker.calls).to.have.length(2);
      expectSameData(
        tracker.calls[1],
        initialPayload(customerId, 'after-remount@example.com'),
        'the call after the remount',
      );
    });

    it('a bad optional field reaches the invalid listener; the rest is sent without it', async () => {
      const tracker = freshTracker();
      tracker.load();
      const customerId = newCustomerId();
      const first = initialState(customerId);
      await mount(first);
      await setState({
        ...first,
        email: 'not-an-email',
        customData: { tier: true } as unknown as Record<string, string>,
      });

      const rest = {
        customerId,
        customData: { city: 'Moscow' },
        softLinks: [
          { name: 'crm', value: 'crm-1' },
          { name: 'card', value: 'card-1' },
        ],
      };
      expectSameData(tracker.calls.slice(1), [rest], 'the call after the first');
      expectSameData(heard.sends.slice(1), [rest], 'what the send listener heard after the first');
      expect(heard.invalids.map((invalid) => invalid.sent)).to.deep.equal([true]);
      expect(heard.invalids[0]?.issues.map(({ code, field }) => ({ code, field }))).to.deep.equal([
        { code: 'invalid-email', field: 'email' },
        { code: 'not-text', field: 'customData' },
      ]);
    });

    it('a customer ID that identifies no one reaches the invalid listener and queues nothing', async () => {
      const tracker = freshTracker();
      tracker.load();
      const first = initialState(newCustomerId());
      await mount(first);
      await setState({ ...first, customerId: 'guest' });

      expect(tracker.calls).to.have.length(1);
      expect(heard.sends).to.have.length(1);
      expect(
        heard.invalids.map(({ issues, sent }) => ({
          sent,
          issues: issues.map(({ code, field }) => ({ code, field })),
        })),
      ).to.deep.equal([{ sent: false, issues: [{ code: 'guest-id', field: 'customerId' }] }]);
    });

    // Issue 8: frameworks keep IDs and counters as numbers and pass them as they are.
    it('a numeric customer ID and numeric custom data and soft link values, as properties, are sent as text', async () => {
      const tracker = freshTracker();
      tracker.load();
      const customerId = newNumericId();
      const state: CustomerState = {
        ...initialState(''),
        customerId,
        customData: { tier: 'gold', visits: 7, rating: 4.5 },
        softLinks: [{ name: 'crm', value: 1001 }],
      };
      await mount(state);
      const payload = {
        customerId: String(customerId),
        email: 'first@example.com',
        customData: { tier: 'gold', visits: '7', rating: '4.5', city: 'Moscow' },
        softLinks: [
          { name: 'crm', value: '1001' },
          { name: 'card', value: 'card-1' },
        ],
      };
      expectSameData(tracker.calls, [payload], 'the calls');
      expectSameData(heard.sends, [payload], 'what the send listener heard');
      expect(heard.invalids).to.have.length(0);
      const element = container.querySelector('rr-customer');
      expect(element?.customerId, 'the ID went in as the property').to.equal(customerId);
      expect(element?.hasAttribute('customer-id'), 'and not as the attribute').to.equal(false);

      // The same numbers again send nothing; a changed number sends once, as its text.
      await setState(equalCopy(state));
      await setState({ ...state, customData: { ...state.customData, visits: 8 } });
      expectSameData(
        tracker.calls.slice(1),
        [{ ...payload, customData: { ...payload.customData, visits: '8' } }],
        'the calls after the first',
      );

      // 0 is a guest's ID: it identifies no one, so nothing is queued.
      await setState({ ...state, customerId: 0 });
      expect(tracker.calls).to.have.length(2);
      expect(heard.invalids.map((invalid) => [invalid.sent, invalid.issues.map((issue) => issue.code)])).to.deep.equal([
        [false, ['guest-id']],
      ]);
    });
  });
}
