// A real HTTP endpoint for the customer source (`src`), served by the test runner's own
// server: same origin as the test page, so cookies, caching headers and statuses are the
// browser's to handle, as on a store. Only the answer a test asks for, in the URL:
//   /source/answer?status=200&body=<JSON text>   that status and body
//   /source/cookie                               {"customerId": the `rr_session` cookie}
//   /source/accept                               {"customerId": the request's Accept header}
//   /source/counter?key=k                        {"customerId": "n-<k>-<count>"}, cacheable for an hour
//   /source/big?kib=70                           a JSON string of that size
//   /source/held?key=k&body=<JSON text>          answers only once /source/release?key=k is asked
//   /source/state?key=k                          {"arrived", "aborted"} of the held request k
//   /source/lonely/rr-customer.iife.js           the classic build, served where its source module is not

import { readFile } from 'node:fs/promises';

/** @typedef {{ arrived: boolean, aborted: boolean, release?: () => void }} Held */

/** @type {Map<string, Held>} */
const held = new Map();
/** @type {Map<string, number>} */
const counts = new Map();

const heldOf = (/** @type {string} */ key) => {
  let entry = held.get(key);
  if (!entry) held.set(key, (entry = { arrived: false, aborted: false }));
  return entry;
};

/** @param {string} header @param {string} name */
const cookie = (header, name) =>
  header
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name)?.[1];

/** @type {import('@web/dev-server-core').Middleware} */
export async function sourceEndpoint(context, next) {
  if (!context.path.startsWith('/source/')) return next();
  const query = context.query;
  const key = String(query.key ?? '');
  const json = (/** @type {unknown} */ body) => {
    context.type = 'application/json';
    context.body = JSON.stringify(body);
  };
  context.set('Cache-Control', 'no-store');
  switch (context.path) {
    case '/source/answer':
      context.status = Number(query.status ?? 200);
      if (query.body !== undefined) {
        context.type = 'application/json';
        context.body = String(query.body);
      }
      return;
    case '/source/cookie':
      return json({ customerId: cookie(context.get('Cookie'), 'rr_session') ?? null });
    case '/source/accept':
      return json({ customerId: context.get('Accept') });
    case '/source/counter': {
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      context.set('Cache-Control', 'public, max-age=3600');
      return json({ customerId: `n-${key}-${count}` });
    }
    case '/source/big':
      return json('x'.repeat(Number(query.kib) * 1024));
    case '/source/held': {
      const entry = heldOf(key);
      entry.arrived = true;
      await new Promise((resolve) => {
        entry.release = () => resolve(undefined);
        // The page gave up on it: say so, and let the server forget the request.
        context.req.once('close', () => {
          if (!context.res.writableEnded) entry.aborted = true;
          resolve(undefined);
        });
      });
      context.type = 'application/json';
      context.body = String(query.body ?? 'null');
      return;
    }
    case '/source/lonely/rr-customer.iife.js':
      context.type = 'text/javascript';
      context.body = await readFile(new URL('../../dist/rr-customer.iife.js', import.meta.url), 'utf8');
      return;
    case '/source/release':
      heldOf(key).release?.();
      return json({ released: key });
    case '/source/state': {
      const { arrived, aborted } = heldOf(key);
      return json({ arrived, aborted });
    }
    default:
      context.status = 404;
  }
}
