// The Custom Elements Manifest and the editor data made from it must describe the elements
// as they really are: every attribute an element observes, every reactive property, every
// event its code fires, the children slot; each with a description. The elements are
// imported by the package's name, in Node, and compared with the files package.json names.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);

/** @param {string} path relative to the package root, as package.json writes it */
const readJson = async (path) => JSON.parse(await readFile(new URL(path, root), 'utf8'));

/**
 * @typedef {{ name: string, description?: string, fieldName?: string, type?: { text: string } }} Item
 * @typedef {Item & { kind: string, privacy?: string, static?: boolean }} Member
 * @typedef {{ name: string, tagName?: string, description?: string, attributes?: Item[], members?: Member[], events?: Item[], slots?: Item[] }} Declaration
 * @typedef {{ path: string, declarations?: Declaration[], exports?: { kind: string, name: string, declaration: { name: string, module?: string } }[] }} Module
 * @typedef {{ observedAttributes: string[], elementProperties: Map<string, { attribute?: string | boolean }>, prototype: object }} ElementClass
 */

const pkg = await readJson('package.json');
/** @type {{ modules: Module[] }} */
const manifest = await readJson(pkg.customElements);
// The name is a variable so that type-checking, which runs before the build, does not look for it.
const packageName = 'rr-customer';
const elements = /** @type {Record<string, ElementClass>} */ (await import(packageName));

const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const definitions = manifest.modules
  .flatMap((module) => module.exports ?? [])
  .filter((exported) => exported.kind === 'custom-element-definition');

/** @param {string} tagName */
function declarationOf(tagName) {
  const declaration = declarations.find((candidate) => candidate.tagName === tagName);
  assert.ok(declaration, `the manifest declares <${tagName}>`);
  assert.ok(declaration.description?.trim(), `<${tagName}> has a description`);
  return declaration;
}

/** @param {Item[] | undefined} items @param {string} what */
function describedNames(items, what) {
  for (const item of items ?? []) assert.ok(item.description?.trim(), `${what} ${item.name} has a description`);
  return (items ?? []).map((item) => item.name);
}

const tags = /** @type {const} */ ({
  'rr-customer': 'RrCustomerElement',
  'rr-soft-link': 'RrSoftLinkElement',
  'rr-custom-data': 'RrCustomDataElement',
});

test('each element is defined under its tag and exported by the package under its class name', () => {
  for (const [tagName, className] of Object.entries(tags)) {
    const definition = definitions.find((candidate) => candidate.name === tagName);
    assert.equal(definition?.declaration.name, className, `<${tagName}> is defined as ${className}`);
    assert.equal(typeof elements[className], 'function', `the package exports ${className}`);
    assert.equal(declarationOf(tagName).name, className);
  }
});

test('<rr-customer>: every observed attribute, with its property, and every reactive property', () => {
  const element = /** @type {ElementClass} */ (elements.RrCustomerElement);
  const declaration = declarationOf('rr-customer');
  const attributes = declaration.attributes ?? [];
  assert.deepEqual(describedNames(attributes, 'attribute').sort(), [...element.observedAttributes].sort());

  const fields = (declaration.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && member.privacy !== 'private',
  );
  describedNames(fields, 'property');
  for (const [property, options] of element.elementProperties) {
    const field = fields.find((candidate) => candidate.name === property);
    assert.ok(field?.type?.text, `property ${property} is listed with its type`);
    const attribute = attributes.find((candidate) => candidate.fieldName === property);
    if (options.attribute === false) assert.equal(attribute, undefined, `${property} is a property only`);
    else assert.ok(attribute, `property ${property} names its attribute`);
  }
  // The object properties for frameworks, which no attribute carries.
  for (const property of ['customData', 'softLinks']) {
    assert.ok(
      fields.some((field) => field.name === property),
      `property ${property} is listed`,
    );
  }
});

test('<rr-customer>: every event its code fires, typed, and the slot for its children', async () => {
  const declaration = declarationOf('rr-customer');
  const events = declaration.events ?? [];
  // The event names in the shipped code, so that an event added without `@fires` is caught.
  const code = await readFile(new URL('dist/lib/element/rr-customer-element.js', root), 'utf8');
  const fired = new Set([...code.matchAll(/'(rr-customer-[a-z-]+)'/g)].map((match) => match[1]));
  for (const name of ['rr-customer-send', 'rr-customer-invalid', 'rr-customer-error']) fired.add(name);
  assert.deepEqual(describedNames(events, 'event').sort(), [...fired].sort());
  for (const event of events)
    assert.match(event.type?.text ?? '', /^CustomEvent<\w+>$/, `${event.name} names its detail type`);

  const slots = declaration.slots ?? [];
  assert.deepEqual(describedNames(slots, 'slot'), [''], 'one default slot');
  assert.match(slots[0]?.description ?? '', /<rr-soft-link>.*<rr-custom-data>/);
});

test('<rr-soft-link> and <rr-custom-data>: the name and value attributes and properties', () => {
  for (const tagName of /** @type {const} */ (['rr-soft-link', 'rr-custom-data'])) {
    const element = /** @type {ElementClass} */ (elements[tags[tagName]]);
    const declaration = declarationOf(tagName);
    // The children observe nothing: their properties read and write the attributes, and
    // the parent watches those. So the attributes to document are the accessors.
    const accessors = ['name', 'value'].filter(
      (name) =>
        typeof Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element.prototype), name)?.get === 'function',
    );
    assert.deepEqual(accessors, ['name', 'value'], `${tagName} has name and value accessors`);
    assert.deepEqual(describedNames(declaration.attributes, 'attribute').sort(), accessors);
    const fields = (declaration.members ?? []).filter((member) => member.kind === 'field');
    assert.deepEqual(describedNames(fields, 'property').sort(), accessors);
  }
});

test('the VS Code and JetBrains data hold every element with every attribute, and the events and properties', async () => {
  const vsCode = /** @type {{ tags: { name: string, description: string, attributes: Item[] }[] }} */ (
    await readJson('dist/vscode.html-custom-data.json')
  );
  /** @type {{ contributions: { html: { elements: { name: string, description: string, attributes: Item[], events: Item[], js: { properties: Item[], events: Item[] }, source: { module: string, symbol: string } }[] } } }} */
  const webTypes = await readJson(pkg['web-types']);
  for (const tagName of Object.keys(tags)) {
    const declaration = declarationOf(tagName);
    const attributes = (declaration.attributes ?? []).map((attribute) => attribute.name).sort();
    const fields = (declaration.members ?? [])
      .filter((member) => member.kind === 'field' && !member.static)
      .map((member) => member.name)
      .sort();
    const events = (declaration.events ?? []).map((event) => event.name).sort();

    const tag = vsCode.tags.find((candidate) => candidate.name === tagName);
    assert.ok(tag?.description, `VS Code describes <${tagName}>`);
    assert.deepEqual(describedNames(tag.attributes, `VS Code: ${tagName}`).sort(), attributes);

    const element = webTypes.contributions.html.elements.find((candidate) => candidate.name === tagName);
    assert.ok(element?.description, `web-types describe <${tagName}>`);
    assert.deepEqual(describedNames(element.attributes, `web-types: ${tagName}`).sort(), attributes);
    assert.deepEqual(describedNames(element.js.properties, `web-types: ${tagName}`).sort(), fields);
    assert.deepEqual(describedNames(element.js.events, `web-types: ${tagName}`).sort(), events);
    // The IDE's way from a tag to its class: a shipped module that exports it.
    assert.equal(element.source?.symbol, tags[/** @type {keyof typeof tags} */ (tagName)]);
    const source = await import(new URL(element.source.module, root).href);
    assert.equal(
      source[element.source.symbol],
      elements[element.source.symbol],
      `${element.source.module} exports the class`,
    );
  }
});
