/**
 * The `semtrace debug` command line: reads commands (node:readline, with history on a terminal), runs
 * them on a DebugSession, prints pdb-like answers. With a model, each action's real next state is shown
 * beside the model's prediction, differences marked.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseDebugCommand } from '../debug/command.js';
import { compareNextStates, type NextState, nextStateOf, parseNextState } from '../debug/next-state.js';
import { DEBUG_SYSTEM_PROMPT, type DebugQuestion, debugUserPrompt } from '../debug/prompt.js';
import type { CommandOutcome, DebugSession } from '../debug/session.js';
import { isSemtraceError } from '../errors.js';
import type { Completer } from '../eval/client/types.js';

export interface ReplOptions {
  session: DebugSession;
  code: string;
  input: { call?: string; stdin?: string };
  in: Readable;
  out: Writable;
  /** Asks a model for the next state at each action. */
  model?: Completer;
}

function stateLine(state: NextState | null): string {
  if (!state) return '(no answer)';
  if (state.ended) return 'program finished';
  const changed = Object.entries(state.changed).map(([name, repr]) => `${name}=${repr}`);
  return [`line ${state.line}`, ...changed].join('  ');
}

async function predictionText(
  model: Completer,
  outcome: CommandOutcome,
  options: ReplOptions,
): Promise<string> {
  const moved = outcome.moved!;
  const question: DebugQuestion = {
    code: options.code,
    input: options.input,
    before: moved.before,
    action: moved.action,
    breakpoints: moved.breakpoints,
  };
  let answer: string;
  try {
    [answer = ''] = await model.complete(
      { system: DEBUG_SYSTEM_PROMPT, user: debugUserPrompt(question) },
      { n: 1, temperature: 0 },
    );
  } catch (error) {
    return `  model: ${error instanceof Error ? error.message : String(error)}`;
  }
  const predicted = parseNextState(answer);
  const real = nextStateOf(moved.before, moved.after);
  const comparison = compareNextStates(predicted, real);
  const lines = [`  predicted: ${stateLine(predicted)}`, `  real:      ${stateLine(real)}`];
  lines.push(comparison.exact ? '  ✓ exact' : `  ✗ ${comparison.differences.join('; ')}`);
  return lines.join('\n');
}

export async function runDebugRepl(options: ReplOptions): Promise<void> {
  const { session, out } = options;
  const terminal = (options.in as { isTTY?: boolean }).isTTY === true;
  const rl = createInterface({
    input: options.in,
    output: out,
    terminal,
    historySize: 1000,
    prompt: '(semtrace-debug) ',
  });
  out.write(`${session.location()}\n`);
  let last = '';
  rl.prompt();
  for await (const raw of rl) {
    const text = raw.trim() === '' ? last : raw;
    if (!terminal) out.write(`${text}\n`);
    if (text.trim() !== '') {
      last = text;
      try {
        const outcome = session.execute(parseDebugCommand(text));
        if (outcome.quit) break;
        if (outcome.text) out.write(`${outcome.text}\n`);
        if (outcome.moved && options.model)
          out.write(`${await predictionText(options.model, outcome, options)}\n`);
      } catch (error) {
        if (!isSemtraceError(error)) throw error;
        out.write(`*** ${error.message}\n`);
      }
    }
    rl.prompt();
  }
  rl.close();
}
