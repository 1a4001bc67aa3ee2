#!/usr/bin/env node
// The package's bin: `npx rr-customer check <file|folder|glob|URL>...`.
import process from 'node:process';
import { runCommand } from './run-command.js';

// `rr-customer check … | head` closes the pipe early: that is no error of the command's.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

try {
  process.exitCode = await runCommand(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
  });
} catch (error) {
  // A user's mistake never gets here: each is answered above with a message of its own.
  process.stderr.write(`rr-customer: unexpected error, please report it: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 2;
}
