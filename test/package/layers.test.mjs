// Each layer of src/ compiles with its own settings (`npm run typecheck`): the core sees
// ECMAScript alone, the elements the DOM, the command Node. These tests show that the settings
// bite: a DOM or Node global in the core, or Node in an element, fails to compile.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = new URL('../../', import.meta.url);

/**
 * The errors that `code`, placed as one more module of `layer`, gets under that layer's own
 * tsconfig.json, besides any the layer has already (it has none: typecheck holds it so).
 * @param {string} layer @param {string} code
 */
function errorsOf(layer, code) {
  const folder = fileURLToPath(new URL(`src/${layer}/`, root));
  const configFile = ts.readConfigFile(`${folder}tsconfig.json`, ts.sys.readFile);
  const config = ts.parseJsonConfigFileContent(configFile.config, ts.sys, folder);
  const probe = `${folder}layer-probe.ts`;
  const host = ts.createCompilerHost(config.options);
  const { getSourceFile, fileExists } = host;
  host.fileExists = (file) => file === probe || fileExists(file);
  host.getSourceFile = (file, language, ...rest) =>
    file === probe ? ts.createSourceFile(file, code, language) : getSourceFile(file, language, ...rest);
  const program = ts.createProgram([...config.fileNames, probe], config.options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

test('the core compiles as it is, and so does a probe that uses only ECMAScript and URL', () => {
  assert.deepEqual(errorsOf('core', "export const host = new URL('http://example.com').hostname.at(0);"), []);
});

/** @type {[string, string][]} */
const FORBIDDEN_IN_CORE = [
  ['the DOM', 'export const title = document.title;'],
  ["Node's process", 'export const home = process.env.HOME;'],
  ["Node's modules", "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;"],
  ['fetch', "export const answer = fetch('/');"],
];
for (const [what, code] of FORBIDDEN_IN_CORE) {
  test(`the core may not use ${what}`, () => {
    assert.notDeepEqual(errorsOf('core', code), [], `${what} in src/core compiles`);
  });
}

test('an element may use the DOM, but not Node', () => {
  assert.deepEqual(errorsOf('element', 'export const title = document.title;'), []);
  assert.notDeepEqual(errorsOf('element', 'export const home = process.env.HOME;'), []);
});

test('the command may use Node, but not the DOM', () => {
  assert.deepEqual(errorsOf('cli', 'export const home = process.env.HOME;'), []);
  assert.notDeepEqual(errorsOf('cli', 'export const title = document.title;'), []);
});
