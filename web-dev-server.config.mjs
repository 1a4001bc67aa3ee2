// The demo's server, for `npm start` (serve-demo.mjs) and for `web-dev-server --config`.
//
// - It listens on the loopback address (127.0.0.1) only. `--hostname <address>` (web-dev-server's
//   own flag, e.g. `npm start -- --hostname 0.0.0.0`) asks for another address.
// - It serves the playground and what it loads, nothing else: /demo/ and /dist/ (the built
//   element, which imports nothing). The repository root, .git, src/, node_modules/ and
//   web-dev-server's /__wds-outside-root__/ paths (which reach above the root) answer 404.
// - Both rules are decided on the path as the file server will read it: percent-decoded.
//
// The port is left unset on purpose: the server then takes 8000, or the next free one.
import { fileURLToPath } from 'node:url';

/** The address the server listens on unless told otherwise. */
export const DEFAULT_HOSTNAME = '127.0.0.1';

/** The folders a request may read from, with their trailing slash. */
const SERVED_FOLDERS = ['/demo/', '/dist/'];

/**
 * The file path a request asks for, percent-decoded once as the file server decodes it, or
 * undefined when the request may not be served: outside /demo/ and /dist/, a dot segment
 * or a dot file anywhere (`..`, `.git`, `.env`), a backslash, a NUL, an empty segment, or a
 * malformed escape. `%2e`, `%2f` and `%5c` are judged after decoding, as what they stand for.
 * @param {string} rawPath the request's path, as sent (without the query)
 * @returns {string | undefined}
 */
export function servedPath(rawPath) {
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (/[\\\0]/.test(path)) return undefined;
  // Only the last segment may be empty: the trailing slash of a folder.
  const segments = path.slice(1).split('/');
  const last = segments.pop() ?? '';
  if (last.startsWith('.') || segments.some((segment) => segment === '' || segment.startsWith('.'))) return undefined;
  if (!SERVED_FOLDERS.some((folder) => path.startsWith(folder))) return undefined;
  return path;
}

/** @param {string | undefined} host */
const isWildcard = (host) => host === '0.0.0.0' || host === '::';

/**
 * @param {string} host
 * @param {number} port
 * @param {string} path
 */
const address = (host, port, path) => `http://${host.includes(':') ? `[${host}]` : host}:${port}${path}`;

/** @typedef {NonNullable<import('@web/dev-server').DevServerConfig['plugins']>[number]} Plugin */

/**
 * web-dev-server listens on every interface when its hostname is `localhost` or `127.0.0.1`
 * (it then passes no host to `listen`). This moves the socket to the address asked for. It
 * runs in the server's start, right after `listen` and before the event loop has handled a
 * single connection, so nothing is ever answered on any other interface.
 * @returns {Plugin}
 */
function listenOnlyWhereAsked() {
  return {
    name: 'listen-only-where-asked',
    async serverStart({ config, server, logger }) {
      const bound = server?.address();
      if (!server || !bound || typeof bound === 'string') return;
      const asked = config.hostname ?? DEFAULT_HOSTNAME;
      if (isWildcard(bound.address) && !isWildcard(asked)) {
        await new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve(undefined))));
        await new Promise((resolve, reject) => {
          server.once('error', reject);
          server.listen({ host: asked, port: bound.port }, () => {
            server.off('error', reject);
            resolve(undefined);
          });
        });
      }
      const now = server.address();
      if (!now || typeof now === 'string') return;
      if (isWildcard(now.address)) {
        logger.log(`Playground: ${address('localhost', now.port, '/demo/')}`);
        logger.log(
          `Listening on every interface (${now.address}), as --hostname asked: anyone on the network can open it.\n`,
        );
      } else {
        logger.log(`Playground: ${address(now.address, now.port, '/demo/')}`);
        logger.log(`Listening on ${now.address} only; --hostname <address> asks for another address.\n`);
      }
    },
  };
}

/**
 * A fresh copy of the demo's server configuration.
 * @returns {import('@web/dev-server').DevServerConfig}
 */
export function demoServerConfig() {
  return {
    rootDir: fileURLToPath(new URL('.', import.meta.url)),
    hostname: DEFAULT_HOSTNAME,
    open: false,
    watch: false,
    middleware: [
      function demoOnly(context, next) {
        // The printed address is the playground; the bare root is sent on to it.
        if (context.path === '/' || context.path === '/demo') return context.redirect('/demo/');
        if (servedPath(context.path) === undefined) {
          context.status = 404;
          context.body = 'Not found: this server serves only /demo/ and /dist/.';
          return undefined;
        }
        return next();
      },
    ],
    plugins: [listenOnlyWhereAsked()],
  };
}

/** @type {import('@web/dev-server').DevServerConfig} */
const config = demoServerConfig();
export default config;
