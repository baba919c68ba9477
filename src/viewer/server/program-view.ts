/** The stepper's data for a program file (run now in the engine) or a saved result JSON. */
import { readFileSync } from 'node:fs';
import { readTextFileOrThrow as readTextFile } from '../../common/text-file.js';
import type { SampleInput } from '../../dataset/types.js';
import type { RunRequest, RunResult } from '../../engine/types.js';
import { SemtraceError } from '../../errors.js';
import type { ProgramView } from '../api-types.js';
import type { EngineHolder } from './engine-holder.js';

export interface ProgramOptions {
  /** A call expression: run the program in call mode. */
  call?: string;
  /** A file fed to the program as stdin. */
  stdin?: string;
  /** For a result JSON: the program it came from, so the stepper can show the source. */
  source?: string;
}

export async function runProgramFile(
  path: string,
  options: ProgramOptions,
  engine: EngineHolder,
): Promise<ProgramView> {
  const code = readTextFile(path);
  const input: SampleInput = {};
  const request: RunRequest = { code };
  if (options.call) {
    request.mode = 'call';
    request.call = options.call;
    input.call = options.call;
  }
  if (options.stdin) {
    request.stdin = readTextFile(options.stdin);
    input.stdin = request.stdin;
  }
  const result = await engine.run(request);
  return { code, mode: request.mode ?? 'script', input, result };
}

export function readResultFile(path: string, options: ProgramOptions): ProgramView {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SemtraceError(
      'SEMTRACE_VIEW_PATH_UNSUPPORTED',
      `${path} is not JSON (${(error as Error).message}); pass the output of \`semtrace run --json\``,
    );
  }
  if (!isRunResult(parsed)) {
    throw new SemtraceError(
      'SEMTRACE_VIEW_PATH_UNSUPPORTED',
      `${path} is JSON but not a run result (it needs "status" and a "steps" list); pass the output of \`semtrace run --json\``,
    );
  }
  const code = options.source ? readTextFile(options.source) : null;
  const input: SampleInput = options.call ? { call: options.call } : {};
  return { code, mode: options.call ? 'call' : 'script', input, result: parsed };
}

function isRunResult(value: unknown): value is RunResult {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<RunResult>;
  return typeof candidate.status === 'string' && Array.isArray(candidate.steps);
}
