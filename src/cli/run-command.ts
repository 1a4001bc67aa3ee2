import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkPages } from './check-pages.js';
import { escapeControls, exitCodeOf, FAIL_ON, reportJson, reportText, type FailOn } from './report.js';
import { expandInputs } from './page-inputs.js';
import { progress, type ProgressStream } from './progress.js';

/** Where the command writes, and the folder its paths are read from. */
export interface CommandIo {
  readonly stdout: ProgressStream;
  readonly stderr: ProgressStream;
  readonly cwd: string;
}

const HELP = `Usage: rr-customer check [options] <file|folder|glob|URL>...

Reads rendered pages and says, for each <rr-customer> on them, what its setCustomer call
would hold, which values it leaves out and why, or that it sends nothing; the same answer
the element gives in a browser, from the same code.

  <file>     an HTML page
  <folder>   every .html file in it, at any depth (node_modules and dot files left out)
  <glob>     the files it matches; quote it ('dist/**/*.html'), so that the command
             expands it and not the shell
  <URL>      an http or https page, fetched with redirects followed; a user:password in it
             is sent as Basic authentication and printed as user:***

Options:
  --format <text|json>  text for people (the default), json for tools
  --show-values         print values whole; by default they are masked (c***7, a***@example.com)
  --fail-on <level>     what makes the exit code 1: never, blocked (nothing would be sent),
                        issues (blocked, or a value left out; the default), warnings (any of
                        those, or a warning)
  --assume-defined      the page's own bundle imports rr-customer: do not warn that no script
                        defines <rr-customer>
  --timeout <seconds>   how long a URL has to answer in full (default 10; any number above 0,
                        to the millisecond, up to 2147483.647)
  --max-page-size <size>
                        the most a page may hold, files and URLs alike, once decompressed:
                        bytes, or a number with KiB, MiB or GiB (default 64MiB)
  -h, --help            show this text
  --version             show the version

Exit codes: 0 every page passes; 1 some page fails --fail-on; 2 a usage error, or a page that
could not be read.

What it cannot see: it reads the markup as the browser's parser builds it, before any script
runs. Properties set by scripts (customData, softLinks, or a field a framework sets) are not
seen, and neither is markup that scripts add or change.
`;

class UsageError extends Error {}

const OPTIONS = {
  format: { type: 'string', default: 'text' },
  'show-values': { type: 'boolean', default: false },
  'fail-on': { type: 'string', default: 'issues' },
  'assume-defined': { type: 'boolean', default: false },
  timeout: { type: 'string', default: '10' },
  'max-page-size': { type: 'string', default: '64MiB' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', default: false },
} as const;

// The longest a timer can wait: setTimeout's delay is a signed 32-bit count of milliseconds.
const MAX_TIMER_MS = 2 ** 31 - 1;
const DECIMAL = /^\s*(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*$/i;

/** `--timeout`'s text as seconds, to the millisecond. */
function secondsOf(text: string): number {
  const milliseconds = DECIMAL.test(text) ? Math.round(Number(text) * 1000) : NaN;
  if (!(milliseconds >= 1)) {
    throw new UsageError(`--timeout must be a number of seconds above 0, to the millisecond, not '${text}'`);
  }
  if (milliseconds > MAX_TIMER_MS) {
    throw new UsageError(`--timeout must be at most ${MAX_TIMER_MS / 1000} seconds, not '${text}'`);
  }
  return milliseconds / 1000;
}

const UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30 };
const SIZE = /^\s*(\d+)\s*([a-z]*)\s*$/i;

/** `--max-page-size`'s text as bytes: a whole number of bytes, or of KiB, MiB or GiB. */
function bytesOf(text: string): number {
  const [, count = '', unit = ''] = SIZE.exec(text) ?? [];
  const size = UNITS[unit.toLowerCase()];
  const bytes = size === undefined ? NaN : Number(count) * size;
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new UsageError(
      `--max-page-size must be a whole number above 0 of bytes, KiB, MiB or GiB (as in 64MiB), not '${text}'`,
    );
  }
  return bytes;
}

function readArgs(args: readonly string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs names the option and what is wrong with it, then explains `--` at length.
    const message = (error as Error).message
      .replace(/\. To specify a positional argument.*$/s, '')
      .replace(/\s*\n\s*/g, ' ');
    throw new UsageError(message.charAt(0).toLowerCase() + message.slice(1));
  }
  const { values, positionals } = parsed;
  const [command, ...inputs] = positionals;
  if (values.help) return { kind: 'help' } as const;
  if (values.version) return { kind: 'version' } as const;
  if (command === undefined) throw new UsageError('name a command: rr-customer check <file|folder|glob|URL>...');
  if (command !== 'check') throw new UsageError(`unknown command '${command}'; the one command is check`);
  if (!inputs.length) throw new UsageError('name at least one file, folder, glob or URL to check');
  if (values.format !== 'text' && values.format !== 'json')
    throw new UsageError(`--format must be text or json, not '${values.format}'`);
  const failOn = values['fail-on'] as FailOn;
  if (!FAIL_ON.includes(failOn))
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, not '${values['fail-on']}'`);
  const timeout = secondsOf(values.timeout);
  const maxBytes = bytesOf(values['max-page-size']);
  return {
    kind: 'check',
    inputs,
    format: values.format,
    showValues: values['show-values'],
    failOn,
    assumeDefined: values['assume-defined'],
    timeout,
    maxBytes,
  } as const;
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** Runs `rr-customer` with `args` (the words after the command's name); resolves to its exit code. */
export async function runCommand(args: readonly string[], io: CommandIo): Promise<number> {
  let options;
  try {
    options = readArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`rr-customer: ${escapeControls(error.message)}\nRun 'rr-customer check --help' for the options.\n`);
    return 2;
  }
  if (options.kind === 'help') {
    io.stdout.write(HELP);
    return 0;
  }
  if (options.kind === 'version') {
    io.stdout.write(`${await version()}\n`);
    return 0;
  }

  const inputs = await expandInputs(options.inputs, io.cwd);
  const shown = progress(io.stderr, inputs.length);
  const pages = await checkPages(inputs, {
    timeout: options.timeout,
    maxBytes: options.maxBytes,
    assumeDefined: options.assumeDefined,
    onPage: shown.tick,
  });
  shown.end();
  io.stdout.write(
    options.format === 'json' ? reportJson(pages, options.showValues) : reportText(pages, options.showValues),
  );
  // The text report shows them in place; beside JSON, which may go to a file, say them too.
  if (options.format === 'json') {
    for (const { page, error } of pages)
      if (error !== undefined) io.stderr.write(`rr-customer: ${escapeControls(`${page} ${error}`)}\n`);
  }
  return exitCodeOf(pages, options.failOn);
}
