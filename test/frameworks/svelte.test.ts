// Svelte 5: customer.svelte is compiled by the test server when the browser asks for it
// (dev-server-plugins.mjs), so what runs is what `svelte/compiler` makes of the source.
import { flushSync, mount, unmount } from 'svelte';
import Customer from './customer.svelte';
import { frameworkContract, type CustomerState } from './contract.js';

interface CustomerExports {
  setState(state: CustomerState): void;
}

frameworkContract('Svelte 5', () => {
  let component: CustomerExports | undefined;
  return {
    async mount(container, initial, heard) {
      component = mount(Customer, { target: container, props: { initial, heard } }) as CustomerExports;
      flushSync();
    },
    async setState(state) {
      component?.setState(state);
      flushSync();
    },
    async unmount() {
      if (component) await unmount(component);
      component = undefined;
    },
  };
});
