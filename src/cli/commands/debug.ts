/** `semtrace debug`: a pdb-like, time-travelling command line over one recorded execution. */
import { basename } from 'node:path';
import { type Command, Option } from 'commander';
import { readTextFileOrThrow as readTextFile } from '../../common/text-file.js';
import { DebugSession } from '../../debug/session.js';
import { buildTimeline } from '../../debug/timeline.js';
import { createEngine } from '../../engine/engine.js';
import type { BackendName, RunRequest } from '../../engine/types.js';
import { resolveApiKey } from '../../eval/client/api-key.js';
import { createModelClient } from '../../eval/client/model-client.js';
import type { ApiKind } from '../../eval/client/types.js';
import { runDebugRepl } from '../debug-repl.js';

interface DebugFlags {
  call?: string;
  stdin?: string;
  backend: BackendName;
  model?: string;
  baseUrl?: string;
  api: ApiKind;
  apiKeyEnv: string;
}

export function registerDebug(program: Command): void {
  program
    .command('debug')
    .description('debug a recorded run like pdb, forwards and backwards; with --model, see its predictions')
    .argument('<file.py>', 'the program')
    .option('--call <expr>', 'call mode: evaluate this call after running the module, e.g. "f([1, 2])"')
    .option('--stdin <file>', 'script mode: feed this file to the program as standard input')
    .addOption(
      new Option('--backend <name>', 'engine backend').choices(['pyodide', 'native']).default('pyodide'),
    )
    .option('--model <name>', 'ask this model for the next state at each action')
    .option('--base-url <url>', 'OpenAI-compatible endpoint for --model, e.g. http://127.0.0.1:8000/v1')
    .addOption(new Option('--api <kind>', 'endpoint API').choices(['chat', 'completions']).default('chat'))
    .option('--api-key-env <name>', 'environment variable holding the API key', 'OPENAI_API_KEY')
    .action(async (file: string, flags: DebugFlags) => {
      const code = readTextFile(file);
      const request: RunRequest = { code };
      const input: { call?: string; stdin?: string } = {};
      if (flags.call) {
        request.mode = 'call';
        request.call = flags.call;
        input.call = flags.call;
      }
      if (flags.stdin) {
        request.stdin = readTextFile(flags.stdin);
        input.stdin = request.stdin;
      }
      const engine = await createEngine({ backend: flags.backend, workers: 1 });
      let steps: Awaited<ReturnType<typeof engine.run>>['steps'];
      try {
        const result = await engine.run(request);
        steps = result.steps;
        if (result.status === 'syntax_error')
          process.stdout.write(`The program does not compile: ${result.exception?.message ?? ''}\n`);
      } finally {
        await engine.close();
      }
      const model =
        flags.model && flags.baseUrl
          ? createModelClient({
              endpoint: {
                baseURL: flags.baseUrl,
                model: flags.model,
                api: flags.api,
                apiKey: resolveApiKey(flags.baseUrl, flags.apiKeyEnv),
              },
            })
          : undefined;
      const session = new DebugSession(buildTimeline(steps), code, basename(file));
      await runDebugRepl({ session, code, input, in: process.stdin, out: process.stdout, model });
    });
}
