#!/usr/bin/env node
import { Command } from 'commander';
import { isSemtraceError } from '../errors.js';
import { commands } from './commands/index.js';

/** The CLI is a thin shell: each command parses its flags and calls the library. */
const program = new Command()
  .name('semtrace')
  .description('Run Python safely, record exact execution traces, and build execution-grounded data.')
  .showHelpAfterError();

for (const register of commands) register(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (isSemtraceError(error)) {
    process.stderr.write(`semtrace: ${error.message} [${error.code}]\n`);
  } else {
    process.stderr.write(
      `semtrace: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
  }
  process.exitCode = 1;
});
