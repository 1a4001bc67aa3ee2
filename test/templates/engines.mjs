// The template engines, run in Node as a site's server runs them: each renders its own
// template (engines/customer.*) from a customer record. Only the dev-server plugin imports
// this module, on its first request, so a test run that asks for no rendered page loads no
// engine.
import ejs from 'ejs';
import Handlebars from 'handlebars';
import { Liquid } from 'liquidjs';
import nunjucks from 'nunjucks';
import Twig from 'twig';
import { readFileSync } from 'node:fs';
import { customerHtml, customerHtmlSource } from './engines/customer-literal.mjs';

/** @typedef {import('./cases.mjs').EngineName} EngineName */
/** @typedef {import('./cases.mjs').CustomerRecord} CustomerRecord */
/** @typedef {import('./cases.mjs').StoreRecord} StoreRecord */

/** @param {string} file */
const templateText = (file) => readFileSync(new URL(`./engines/${file}`, import.meta.url), 'utf8');

/** @param {string} key */
const camel = (key) => key.replace(/_([a-z])/g, (_match, letter) => letter.toUpperCase());

/**
 * A record with camelCase keys, as JavaScript code names them (snake_case is how Shopify,
 * PHP and Python hand them to their templates). Lists and their entries are converted too;
 * other values (numbers, booleans, null, objects given as values) are kept as they are.
 * @param {unknown} value
 * @returns {any}
 */
function camelKeys(value) {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [camel(key), key === 'value' ? item : camelKeys(item)]),
  );
}

const liquid = new Liquid();
// Nunjucks' default, and the one a Jinja site has on for HTML.
const nunjucksEnv = new nunjucks.Environment(null, { autoescape: true });
// Twig.js, like PHP's Twig by default, escapes for HTML.
Twig.cache(false);

/**
 * @typedef {{
 *   readonly source: string;
 *   readonly render: (customer: CustomerRecord | null, store: StoreRecord) => string;
 *   readonly print: (value: unknown, present: boolean) => string;
 * }} Engine
 * `print` renders the engine's plainest output tag for one value: given under the name `x`
 * when `present`, or with no such name at all. It is what the table of printed values pins.
 */

/** @type {Record<EngineName, Engine>} */
export const ENGINES = {
  liquid: (() => {
    const source = templateText('customer.liquid');
    const template = liquid.parse(source);
    return {
      source,
      render: (customer, store) => liquid.renderSync(template, { customer, store }),
      print: (value, present) => liquid.parseAndRenderSync('{{ x }}', present ? { x: value } : {}),
    };
  })(),
  twig: (() => {
    const source = templateText('customer.twig');
    const template = Twig.twig({ data: source, autoescape: true });
    return {
      source,
      render: (user, store) => template.render({ user, store }),
      print: (value, present) => Twig.twig({ data: '{{ x }}', autoescape: true }).render(present ? { x: value } : {}),
    };
  })(),
  handlebars: (() => {
    const source = templateText('customer.hbs');
    const template = Handlebars.compile(source);
    return {
      source,
      render: (customer, store) => template({ customer: camelKeys(customer), store: camelKeys(store) }),
      print: (value, present) => Handlebars.compile('{{x}}')(present ? { x: value } : {}),
    };
  })(),
  ejs: (() => {
    const source = templateText('customer.ejs');
    const template = ejs.compile(source);
    return {
      source,
      render: (customer, store) => template({ customer: camelKeys(customer), store: camelKeys(store) }),
      // A name EJS is not given is a ReferenceError; `locals` holds every name it is given.
      print: (value, present) => ejs.render('<%= locals.x %>', present ? { x: value } : {}),
    };
  })(),
  nunjucks: (() => {
    const source = templateText('customer.njk');
    const template = nunjucks.compile(source, nunjucksEnv);
    return {
      source,
      render: (user, store) => template.render({ user, store }),
      print: (value, present) => nunjucksEnv.renderString('{{ x }}', present ? { x: value } : {}),
    };
  })(),
  literal: {
    source: customerHtmlSource(),
    render: (customer, store) => customerHtml({ customer: camelKeys(customer), store: camelKeys(store) }),
    print: (value, present) => {
      /** @type {Record<string, unknown>} */
      const names = present ? { x: value } : {};
      return `${names.x}`;
    },
  },
};
