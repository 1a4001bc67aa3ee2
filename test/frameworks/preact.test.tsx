/** @jsxImportSource preact */
// Preact: props that name a property of the element are set as properties, the rest as
// attributes, and `on` + an event's exact name listens to it.
import type {} from '../../src/frameworks/preact.js';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import {
  customerIdNumber,
  customerIdText,
  frameworkContract,
  type CustomerState,
  type FrameworkAdapter,
  type Heard,
} from './contract.js';

interface Props {
  readonly initial: CustomerState;
  readonly heard: Heard;
  readonly expose: (setState: (state: CustomerState) => void) => void;
}

function Customer({ initial, heard, expose }: Props) {
  const [state, setState] = useState(initial);
  expose(setState);
  return (
    <rr-customer
      customerId={customerIdNumber(state.customerId)}
      customer-id={customerIdText(state.customerId)}
      email={state.email}
      customData={state.customData}
      softLinks={state.softLinks}
      onrr-customer-send={(event) => heard.sends.push(event.detail)}
      onrr-customer-invalid={(event) => heard.invalids.push(event.detail)}
    >
      {state.childLinks.map((link) => (
        <rr-soft-link key={link.name} name={link.name} value={link.value} />
      ))}
      {state.childData.map((data) => (
        <rr-custom-data key={data.name} name={data.name} value={data.value} />
      ))}
    </rr-customer>
  );
}

function preactAdapter(): FrameworkAdapter {
  let host: HTMLElement | undefined;
  let setState: (state: CustomerState) => void = () => {
    throw new Error('not mounted');
  };
  return {
    async mount(container, state, heard) {
      host = container;
      render(<Customer initial={state} heard={heard} expose={(set) => (setState = set)} />, container);
    },
    // Preact renders a state change in a later microtask or task; the contract waits for it.
    async setState(state) {
      setState(state);
    },
    async unmount() {
      if (host) render(null, host);
      host = undefined;
    },
  };
}

frameworkContract('Preact', preactAdapter);
