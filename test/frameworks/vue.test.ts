// Vue 3, with its template compiler in the browser: `isCustomElement` tells the compiler the
// rr- tags are elements, not components. Vue sets a binding as a property when the element
// has one under that name and as an attribute otherwise; `@rr-customer-send` listens.
import type {} from '../../src/frameworks/vue.js';
import { createApp, defineComponent, nextTick, ref, type App } from 'vue';
import { customerIdNumber, customerIdText, frameworkContract, type CustomerState, type Heard } from './contract.js';

const template = `
  <rr-customer
    :customerId="customerIdNumber(state.customerId)"
    :customer-id="customerIdText(state.customerId)"
    :email="state.email"
    :customData="state.customData"
    :softLinks="state.softLinks"
    @rr-customer-send="heard.sends.push($event.detail)"
    @rr-customer-invalid="heard.invalids.push($event.detail)"
  >
    <rr-soft-link v-for="link in state.childLinks" :key="link.name" :name="link.name" :value="link.value"></rr-soft-link>
    <rr-custom-data v-for="data in state.childData" :key="data.name" :name="data.name" :value="data.value"></rr-custom-data>
  </rr-customer>`;

frameworkContract('Vue 3', () => {
  let app: App | undefined;
  // The component's state: a deep ref, as Vue code keeps it, so the objects the element gets
  // are Vue's reactive proxies.
  const state = ref<CustomerState>();
  return {
    async mount(container, initial, heard: Heard) {
      state.value = initial;
      const Customer = defineComponent({ template, setup: () => ({ state, heard, customerIdNumber, customerIdText }) });
      app = createApp(Customer);
      app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('rr-');
      app.mount(container);
      await nextTick();
    },
    async setState(next) {
      state.value = next;
      await nextTick();
    },
    async unmount() {
      app?.unmount();
      app = undefined;
    },
  };
});
