/** `semtrace run`: run one program and print its trace (readable) or its result object (--json). */
import { type Command, Option } from 'commander';
import { readTextFileOrThrow as readTextFile } from '../../common/text-file.js';
import { createEngine } from '../../engine/engine.js';
import type { BackendName, RunRequest } from '../../engine/types.js';
import { renderReadableTrace } from '../../trace/readable.js';
import { positiveInt } from '../option-parsers.js';

interface RunFlags {
  call?: string;
  stdin?: string;
  backend: BackendName;
  python?: string;
  isolation: 'auto' | 'strict' | 'landlock' | 'basic';
  timeoutMs?: number;
  maxSteps?: number;
  trace: boolean;
  json?: boolean;
}

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('run a Python program in the sandbox and show its execution trace')
    .argument('<file.py>', 'the program')
    .option(
      '--call <expr>',
      'call mode: evaluate this call after running the module, e.g. "f([1, 2], \'a\')"',
    )
    .option('--stdin <file>', 'script mode: feed this file to the program as standard input')
    .addOption(
      new Option('--backend <name>', 'pyodide (embedded) or native (a CPython here)')
        .choices(['pyodide', 'native'])
        .default('pyodide'),
    )
    .option('--python <path>', 'native backend: the Python to run (default python3 on PATH)')
    .addOption(
      new Option(
        '--isolation <level>',
        'strict (bubblewrap), landlock (native without bubblewrap) or basic (native: not a sandbox); ' +
          'auto takes the strongest available; a named level fails if unavailable',
      )
        .choices(['auto', 'strict', 'landlock', 'basic'])
        .default('auto'),
    )
    .option('--timeout-ms <n>', 'wall-clock limit', positiveInt)
    .option('--max-steps <n>', 'most trace events to record', positiveInt)
    .option('--no-trace', 'run without recording a trace')
    .option('--json', 'print the result object as JSON')
    .action(async (file: string, flags: RunFlags) => {
      const code = readTextFile(file);
      const request: RunRequest = { code, trace: flags.trace, limits: {} };
      if (flags.call) {
        request.mode = 'call';
        request.call = flags.call;
      }
      if (flags.stdin) request.stdin = readTextFile(flags.stdin);
      if (flags.timeoutMs) request.limits!.timeoutMs = flags.timeoutMs;
      if (flags.maxSteps) request.limits!.maxSteps = flags.maxSteps;
      const engine = await createEngine({
        backend: flags.backend,
        python: flags.python,
        isolation: flags.isolation,
        workers: 1,
      });
      try {
        const result = await engine.run(request);
        if (flags.json) process.stdout.write(`${JSON.stringify(result)}\n`);
        else {
          process.stdout.write(`${renderReadableTrace(result, code)}\n`);
          if (result.stdout && !flags.trace) process.stdout.write(result.stdout);
        }
        if (result.status !== 'ok') process.exitCode = 2;
      } finally {
        await engine.close();
      }
    });
}
