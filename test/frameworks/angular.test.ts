// Angular 21 (the last version whose engines accept Node 20), compiled just in time in the
// browser by @angular/compiler, without zone.js. A standalone component with
// CUSTOM_ELEMENTS_SCHEMA: `[attr.x]` binds an attribute, `[x]` a property, `(event)` listens.
import '@angular/compiler';
import {
  ApplicationRef,
  Component,
  CUSTOM_ELEMENTS_SCHEMA,
  createComponent,
  provideZonelessChangeDetection,
  signal,
  type ComponentRef,
} from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import { customerIdNumber, customerIdText, frameworkContract, type CustomerState, type Heard } from './contract.js';

class CustomerComponent {
  readonly state = signal<CustomerState | undefined>(undefined);
  heard: Heard = { sends: [], invalids: [] };
  readonly customerIdNumber = customerIdNumber;
  readonly customerIdText = customerIdText;
}

// Called as a function: the same metadata a decorator would attach, compiled at run time.
Component({
  selector: 'customer-host',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    @if (state(); as state) {
      <rr-customer
        [customerId]="customerIdNumber(state.customerId)"
        [attr.customer-id]="customerIdText(state.customerId)"
        [attr.email]="state.email"
        [customData]="state.customData"
        [softLinks]="state.softLinks"
        (rr-customer-send)="heard.sends.push($event.detail)"
        (rr-customer-invalid)="heard.invalids.push($event.detail)"
      >
        @for (link of state.childLinks; track link.name) {
          <rr-soft-link [attr.name]="link.name" [attr.value]="link.value"></rr-soft-link>
        }
        @for (data of state.childData; track data.name) {
          <rr-custom-data [attr.name]="data.name" [attr.value]="data.value"></rr-custom-data>
        }
      </rr-customer>
    }
  `,
})(CustomerComponent);

frameworkContract('Angular 21', () => {
  let app: ApplicationRef | undefined;
  let component: ComponentRef<CustomerComponent> | undefined;
  return {
    async mount(container, initial, heard) {
      app = await createApplication({ providers: [provideZonelessChangeDetection()] });
      const hostElement = document.createElement('customer-host');
      container.append(hostElement);
      component = createComponent(CustomerComponent, { environmentInjector: app.injector, hostElement });
      component.instance.heard = heard;
      component.instance.state.set(initial);
      app.attachView(component.hostView);
      app.tick();
    },
    async setState(state) {
      component?.instance.state.set(state);
      app?.tick();
    },
    async unmount() {
      const host = component?.location.nativeElement as HTMLElement | undefined;
      app?.destroy();
      // The host element was ours to make; Angular empties it, the page removes it.
      host?.remove();
      app = undefined;
      component = undefined;
    },
  };
});
