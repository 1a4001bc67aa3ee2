/** @jsxImportSource preact */
// Preact JSX typings of the three elements. Each `@ts-expect-error` marks a mistake the
// typings must reject; if a typing is loosened, the directive is unused and tsc fails.
import type {} from 'rr-customer/preact';
import { useRef } from 'preact/hooks';
import type { CustomerPayload, RrCustomerElement } from 'rr-customer';

export function Everything() {
  const ref = useRef<RrCustomerElement>(null);
  return (
    <rr-customer
      key="customer"
      ref={ref}
      customer-id="42"
      email="a@example.com"
      phone="+15551234567"
      default-stock-id="Moscow"
      is-agreed-to-receive-marketing-mail="true"
      onrr-customer-send={(event) => acceptPayload(event.detail)}
      onrr-customer-invalid={(event) => event.detail.issues.map((issue) => issue.field)}
      onrr-customer-error={(event) =>
        event.detail.reason satisfies 'queue-replaced' | 'api-missing' | 'api-threw' | 'source-failed'
      }
      onrr-customer-sendCapture={(event) => acceptPayload(event.detail)}
    >
      <rr-soft-link name="card" value="123" />
      <rr-custom-data name="tier" value="gold" key="tier" />
    </rr-customer>
  );
}

export function Properties() {
  return (
    <rr-customer
      customerId="42"
      email="a@example.com"
      phone="+15551234567"
      defaultStockId="Moscow"
      isAgreedToReceiveMarketingMail={true}
      customData={{ tier: 'gold' }}
      softLinks={[{ name: 'card', value: '123' }]}
    />
  );
}

// Frameworks pass IDs and counters as numbers: the properties take them, and send their text.
export function NumericProperties() {
  return (
    <rr-customer
      customerId={42}
      phone={79112223344}
      customData={{ visits: 3 }}
      softLinks={[{ name: 'card', value: 123 }]}
    />
  );
}

export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error -- attributes are text, not numbers */}
      <rr-customer customer-id={42} />
      {/* @ts-expect-error -- the consent attribute is text, as HTML has it */}
      <rr-customer is-agreed-to-receive-marketing-mail={true} />
      {/* @ts-expect-error -- customData is an object of text values, not a string */}
      <rr-customer customData="tier=gold" />
      {/* @ts-expect-error -- customData values are text or numbers, not booleans */}
      <rr-customer customData={{ tier: true }} />
      {/* @ts-expect-error -- every soft link needs a name */}
      <rr-customer softLinks={[{ value: '123' }]} />
      {/* @ts-expect-error -- the consent property is a boolean or text */}
      <rr-customer isAgreedToReceiveMarketingMail={1} />
      {/* @ts-expect-error -- rr-customer-send carries the payload, not issues */}
      <rr-customer onrr-customer-send={(event: CustomEvent<{ issues: [] }>) => event} />
      {/* @ts-expect-error -- rr-customer-invalid carries issues, not a payload */}
      <rr-customer onrr-customer-invalid={(event) => acceptPayload(event.detail)} />
      {/* @ts-expect-error -- a capturing listener gets the same event as the other */}
      <rr-customer onrr-customer-invalidCapture={(event) => acceptPayload(event.detail)} />
      {/* @ts-expect-error -- the typings are closed: a misspelt property is an error */}
      <rr-customer customerID="42" />
      {/* @ts-expect-error -- a child's value is text */}
      <rr-soft-link name="card" value={123} />
      {/* @ts-expect-error -- a child has no customer-id */}
      <rr-custom-data customerId="42" />
    </>
  );
}

function acceptPayload(payload: CustomerPayload): CustomerPayload {
  return payload;
}
