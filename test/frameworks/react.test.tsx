// React 19 (react-dom/client): props that match a property of the element are set as
// properties, the rest as attributes, and `on` + an event's exact name listens to it.
import type {} from '../../src/frameworks/react.js';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { customerIdNumber, customerIdText, frameworkContract, type CustomerState, type Heard } from './contract.js';

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

frameworkContract('React 19', () => {
  let root: Root | undefined;
  let setState: (state: CustomerState) => void = () => {
    throw new Error('not mounted');
  };
  return {
    async mount(container, state, heard) {
      const newRoot = createRoot(container);
      root = newRoot;
      // flushSync: the render is done when it returns, not in a later scheduler task.
      flushSync(() => newRoot.render(<Customer initial={state} heard={heard} expose={(set) => (setState = set)} />));
    },
    async setState(state) {
      flushSync(() => setState(state));
    },
    async unmount() {
      root?.unmount();
      root = undefined;
    },
  };
});
