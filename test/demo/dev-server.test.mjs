// The demo's server (`npm start`): it listens on the loopback address only, and answers only
// for the playground (/demo/) and the built element (/dist/). Requests go out over plain
// node:http with the path exactly as written, so that `%2e` and `..` reach the server as sent.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { networkInterfaces } from 'node:os';
import { after, before, describe, test } from 'node:test';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { demoServerConfig } from '../../web-dev-server.config.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const LOOPBACK = ['127.0.0.1', '::1'];

/** Paths that name files outside what the demo needs, each spelt as an attacker would. */
const REFUSED = [
  '/%2egit/config',
  '/.git/config',
  '/%2egit',
  '/%2egit/HEAD',
  '/%2Egit/config',
  '/%2egitignore',
  '/%2eci/run',
  '/package.json',
  '/package-lock.json',
  '/src/index.ts',
  '/src/element/rr-customer-element.ts',
  '/test/demo.test.ts',
  '/node_modules/zod/package.json',
  '/web-dev-server.config.mjs',
  '/demo/../package.json',
  '/demo/%2e%2e/package.json',
  '/demo/%2e%2e%2fpackage.json',
  '/demo%2f..%2fpackage.json',
  '/dist/..%5cpackage.json',
  '/dist/%2e%2e/%2egit/config',
  '/demo/%2egitignore',
  '/demo//index.html',
  '/demo/%00index.html',
  '/demo/%ZZ',
  // web-dev-server's own way out of the root directory, to the folder above the repository.
  `/__wds-outside-root__/1/${basename(root)}/package.json`,
  `/__wds-outside-root__/1/${basename(root)}/src/index.ts`,
  '/__wds-outside-root__/2/etc/hostname',
];

/**
 * One GET over plain HTTP, the path sent as it is.
 * @param {string} host
 * @param {number} port
 * @param {string} path
 * @returns {Promise<{ status: number | undefined, location: string | undefined }>}
 */
function get(host, port, path) {
  return new Promise((resolve, reject) => {
    const request = http.request({ host, port, path, method: 'GET', agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode, location: response.headers.location }));
    });
    request.on('error', reject);
    request.end();
  });
}

/** The machine's own addresses that are not loopback: another host on the network reaches these. */
function networkAddresses() {
  return Object.values(networkInterfaces())
    .flat()
    .filter((info) => info && !info.internal && !info.address.startsWith('fe80:'))
    .map((info) => /** @type {import('node:os').NetworkInterfaceInfo} */ (info).address);
}

/**
 * Resolves with 'connected' or the error code of a TCP connection to `host`:`port`.
 * @param {string} host
 * @param {number} port
 * @returns {Promise<string>}
 */
function tryConnect(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(2000, () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.on('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.on('error', (/** @type {NodeJS.ErrnoException} */ error) => resolve(error.code ?? 'error'));
  });
}

/**
 * Checks what any running demo server answers.
 * @param {string} host
 * @param {number} port
 */
async function checkAnswers(host, port) {
  const wrong = [];
  for (const path of REFUSED) {
    const { status } = await get(host, port, path);
    if (status !== 404) wrong.push(`${path} answered ${status}`);
  }
  assert.deepEqual(wrong, [], 'every path outside /demo/ and /dist/ answers 404');

  assert.equal((await get(host, port, '/demo/')).status, 200, '/demo/ is the playground');
  const demoFiles = [
    '/demo/index.html',
    '/demo/playground.js',
    '/demo/playground.css',
    '/demo/stand-in-tracker.js',
    // The cached-page preset's customer source.
    '/demo/signed-in-customer.json',
  ];
  for (const path of demoFiles) {
    assert.equal((await get(host, port, path)).status, 200, `${path} is served`);
  }
  // The element loads its fetching module from beside itself once an element has a src.
  for (const file of ['rr-customer.js', 'rr-customer-source.js']) {
    assert.ok(existsSync(`${root}dist/${file}`), `dist/${file} exists: run npm run build first`);
    assert.equal((await get(host, port, `/dist/${file}`)).status, 200, `dist/${file} is served`);
  }
  const home = await get(host, port, '/');
  assert.equal(home.status, 302, 'the root redirects');
  assert.equal(home.location, '/demo/', 'the root redirects to the playground');
}

/**
 * Asserts that nobody on the network reaches `port`: every address of the machine's own
 * interfaces other than loopback refuses the connection.
 * @param {number} port
 */
async function checkUnreachableFromNetwork(port) {
  const reached = [];
  for (const host of networkAddresses()) {
    if ((await tryConnect(host, port)) === 'connected') reached.push(host);
  }
  assert.deepEqual(reached, [], 'no network address of this machine accepts a connection');
}

describe('the demo server, started with the project config', () => {
  /** @type {Awaited<ReturnType<typeof startDevServer>>} */
  let server;
  /** @type {import('node:net').AddressInfo} */
  let bound;

  before(async () => {
    server = await startDevServer({
      config: { ...demoServerConfig(), port: 0 },
      readCliArgs: false,
      readFileConfig: false,
      logStartMessage: false,
      autoExitProcess: false,
    });
    const info = server.server?.address();
    assert.ok(info && typeof info === 'object', 'the server has an address');
    bound = info;
  });

  after(() => server?.stop());

  test('binds only to a loopback address by default', async () => {
    assert.ok(LOOPBACK.includes(bound.address), `bound to ${bound.address}, not to 127.0.0.1 or ::1`);
    await checkUnreachableFromNetwork(bound.port);
  });

  test('answers 404 outside /demo/ and /dist/, whatever the spelling, and serves the playground', async () => {
    await checkAnswers(bound.address, bound.port);
  });
});

describe('npm start (serve-demo.mjs)', () => {
  /** @type {import('node:child_process').ChildProcess} */
  let child;
  let output = '';
  /** @type {URL} */
  let playground;

  before(async () => {
    child = spawn(process.execPath, ['serve-demo.mjs', '--port', '0'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const line = await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no playground address within 15 s; printed:\n${output}`)),
        15000,
      );
      const look = () => {
        const match = /^Playground: (\S+)$/m.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout?.on('data', look);
      child.on('exit', (code) => reject(new Error(`serve-demo.mjs exited with ${code}; printed:\n${output}`)));
    });
    playground = new URL(/** @type {string} */ (line));
  });

  // Ctrl-C, as a user stops it; killed outright if it has not gone within 5 s.
  after(async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  });

  test('prints the playground address on the loopback address, and no network address', async () => {
    assert.equal(playground.hostname, '127.0.0.1');
    assert.equal(playground.pathname, '/demo/');
    assert.doesNotMatch(output, /Network/, 'no Network address is printed');
    for (const host of networkAddresses())
      assert.ok(!output.includes(host), 'no address of the machine on the network is printed');
    await checkUnreachableFromNetwork(Number(playground.port));
  });

  test('serves the playground there and nothing outside /demo/ and /dist/', async () => {
    await checkAnswers(playground.hostname, Number(playground.port));
  });
});
