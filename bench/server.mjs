// A tiny static server for the bench pages, the builds and the stand-in tracker.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
const SERVED = ['bench/pages/', 'dist/', 'demo/'];

// Cross-origin isolation gives performance.now() 5 µs steps instead of 100 µs; no-store
// makes every page load fetch and compile the scripts afresh, alike for every contender.
const HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cache-Control': 'no-store',
};

/**
 * Serves `root` on 127.0.0.1 at a free port, and each folder of `mounted` at its path prefix
 * (`{ 'bench/build/': '/tmp/…' }`); resolves to `{ origin, close() }`.
 * @param {string} root
 * @param {Record<string, string>} [mounted]
 */
export function serve(root, mounted = {}) {
  const server = createServer(async (request, response) => {
    try {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).slice(1);
      const type = TYPES[extname(path)];
      const mount = Object.keys(mounted).find((prefix) => path.startsWith(prefix));
      if (!type || !(mount || SERVED.some((prefix) => path.startsWith(prefix)))) throw new Error('not served');
      const body = await readFile(mount ? join(mounted[mount] ?? '', path.slice(mount.length)) : join(root, path));
      response.writeHead(200, { ...HEADERS, 'Content-Type': type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
