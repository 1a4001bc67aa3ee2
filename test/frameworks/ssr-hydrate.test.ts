// Server-rendered markup, upgraded and then hydrated by React, as a page with server
// rendering runs: the HTML arrives first, the element's definition next, React last.
// This file must not import the element at the top: the markup has to be in the document
// before <rr-customer> is defined (each test file has a page of its own).
import { expect } from '@esm-bundle/chai';
import { createElement as h, useEffect } from 'react';
import { flushSync } from 'react-dom';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { expectSameData } from '../support/fixture-page.js';
import { freshTracker, newCustomerId, settle } from '../support/page.js';
import { waitFor } from '../support/wait-for.js';
import { CustomerApp, type ServerState } from './ssr-markup.mjs';

describe('server-rendered <rr-customer> hydrated by React', () => {
  it('sends once when upgraded; hydration sends nothing more; React then drives it', async () => {
    const tracker = freshTracker();
    tracker.load();
    const state: ServerState = {
      customerId: newCustomerId(),
      email: 'ssr@example.com',
      childLinks: [{ name: 'card', value: 'card-1' }],
      childData: [{ name: 'brand', value: 'Tom & "Jerry"' }],
    };
    const payload = {
      customerId: state.customerId,
      email: 'ssr@example.com',
      softLinks: [{ name: 'card', value: 'card-1' }],
      customData: { brand: 'Tom & "Jerry"' },
    };

    const container = document.createElement('div');
    container.innerHTML = renderToString(h(CustomerApp, { initial: state }));
    document.body.append(container);
    expect(customElements.get('rr-customer'), 'the markup is there before the definition').to.equal(undefined);

    await import('../../src/index.js');
    await settle();
    expectSameData(tracker.calls, [payload], 'the calls after the upgrade');
    const element = container.querySelector('rr-customer');

    const sends: unknown[] = [];
    const hydrationErrors: unknown[] = [];
    let setState: ((state: ServerState) => void) | undefined;
    const app = h(CustomerApp, {
      initial: state,
      onSend: (event: Event) => sends.push((event as CustomEvent).detail),
      expose: (set: (state: ServerState) => void) => (setState = set),
    });
    const root = hydrateRoot(container, app, { onRecoverableError: (error) => hydrationErrors.push(error) });
    const hydratedSetState = await waitFor(() => setState, 3000, 'React to hydrate');
    await settle();

    expect(hydrationErrors, 'React found the server markup matching').to.deep.equal([]);
    expect(container.querySelector('rr-customer'), 'React kept the upgraded element').to.equal(element);
    expect(tracker.calls, 'after hydration').to.have.length(1);

    flushSync(() => hydratedSetState({ ...state, email: 'hydrated@example.com' }));
    await settle();
    const secondPayload = { ...payload, email: 'hydrated@example.com' };
    expectSameData(tracker.calls.slice(1), [secondPayload], 'the calls after a state change');
    expectSameData(sends, [secondPayload], "what the component's send listener heard");

    root.unmount();
    container.remove();
  });

  // Why CustomerApp listens in an effect. When React attaches these at hydration, this fails:
  // then an `onrr-customer-send` prop is enough, and the README can say so.
  it("React 19 attaches no custom element's on… listener or property while hydrating (react/react#35446)", async () => {
    await import('../../src/index.js');
    const container = document.createElement('div');
    // An effect runs only once hydration has committed; timer turns are not enough, as
    // WebKit can still be mid-hydration after several (then unmounting throws).
    let hydrated = false;
    const Probe = ({ onProbe, data }: { onProbe: () => void; data: object }) => {
      useEffect(() => {
        hydrated = true;
      }, []);
      return h('rr-probe-element', { 'onrr-probe': onProbe, probeData: data });
    };
    let heard = 0;
    const onProbe = () => (heard += 1);
    const data = { probe: 'yes' };
    container.innerHTML = renderToString(h(Probe, { onProbe, data }));
    document.body.append(container);
    const probe = container.querySelector('rr-probe-element') as (HTMLElement & { probeData?: unknown }) | null;
    if (!probe) throw new Error('no probe element was rendered');
    // An element with the property, as <rr-customer> has customData.
    probe.probeData = undefined;

    const hydrationErrors: unknown[] = [];
    const root = hydrateRoot(container, h(Probe, { onProbe, data }), {
      onRecoverableError: (error) => hydrationErrors.push(error),
    });
    await waitFor(() => hydrated, 3000, 'React to hydrate');
    await settle();
    expect(hydrationErrors, 'React found the server markup matching').to.deep.equal([]);
    expect(container.querySelector('rr-probe-element'), 'React kept the server-rendered element').to.equal(probe);
    probe.dispatchEvent(new CustomEvent('rr-probe'));

    expect({ heard, probeData: probe.probeData }).to.deep.equal({ heard: 0, probeData: undefined });
    root.unmount();
    container.remove();
  });
});
