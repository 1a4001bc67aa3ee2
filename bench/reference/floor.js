// The floor: the least a component on lit's core can weigh with zod checking each of
// setCustomer's values on its own, as src/core/customer-fields.ts does: zod's core string and boolean
// classes with one kind of check, validated through `~standard`, and a bare ReactiveElement.
// No messages and no logic; exported and defined so that the bundler keeps them.
import { ReactiveElement } from '@lit/reactive-element';
import { $ZodBoolean, $ZodCustom, $ZodString } from 'zod/v4/core';

const check = new $ZodCustom({ type: 'custom', check: 'custom', fn: (value) => typeof value === 'string' });
export const text = new $ZodString({ type: 'string', checks: [check] });
export const consent = new $ZodBoolean({ type: 'boolean' });
export const validate = (schema, value) => schema['~standard'].validate(value);

export class FloorElement extends ReactiveElement {}

customElements.define('bench-floor', FloorElement);
