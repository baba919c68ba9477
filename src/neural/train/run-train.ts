/**
 * `semtrace train` as a library call: checks the model folder, writes the training pairs and the
 * config, then runs the Python trainer (python/semtrace_train.py) and relays its JSON-line events.
 * Running it again resumes from the last checkpoint; a finished folder is left as it is.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { writeJsonAtomic } from '../../common/atomic-file.js';
import { SemtraceError } from '../../errors.js';
import { loadModelFiles, type ModelInfo } from '../model-files.js';
import { findTorchPython, type TorchPython } from './python-torch.js';
import { checkTrainConfig, type TrainConfig, trainFingerprint } from './train-config.js';
import { type PairCounts, writeTrainingPairs } from './training-pairs.js';

export interface TrainOptions {
  data: string;
  out: string;
  config: TrainConfig;
  /** Python executable to train with (default: the first that imports torch and onnx). */
  python?: string;
  /** Start over: delete an earlier training's files in `out`. */
  overwrite?: boolean;
  /** Stops the trainer at once (SIGKILL, as a crash would); the last checkpoint stays for a resume. */
  signal?: AbortSignal;
}

/** One JSON line of the trainer (`progress`, `dev`, `checkpoint`, `start`, `resumed`, `exported`, `done`). */
export interface TrainEvent {
  type: string;
  [field: string]: unknown;
}

export interface TrainOutcome {
  info: ModelInfo;
  pairs: PairCounts;
  python: TorchPython;
  /** True when the folder already held this finished model and nothing ran. */
  alreadyDone: boolean;
}

const OWN_FILES = [
  'checkpoint.pt',
  'tokenizer.json',
  'model.onnx',
  'model.json',
  'pairs.jsonl',
  'train-config.json',
];

export function trainerScript(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'python', 'semtrace_train.py');
}

export async function runTrain(
  options: TrainOptions,
  onEvent: (event: TrainEvent) => void = () => {},
): Promise<TrainOutcome> {
  const config = checkTrainConfig(options.config);
  const python = findTorchPython(options.python);
  mkdirSync(options.out, { recursive: true });
  if (options.overwrite) for (const name of OWN_FILES) rmSync(join(options.out, name), { force: true });
  const { counts, file } = await writeTrainingPairs(options.data, join(options.out, 'pairs.jsonl'));
  if (counts.train === 0) {
    throw new SemtraceError('SEMTRACE_BAD_DATA', `${options.data} has no train split samples to learn from`);
  }
  const fingerprint = trainFingerprint(config, file.sha256);
  const setupPath = join(options.out, 'train-config.json');
  if (existsSync(setupPath)) {
    const earlier = JSON.parse(readFileSync(setupPath, 'utf8')) as { fingerprint?: string };
    const started = ['checkpoint.pt', 'model.json'].some((name) => existsSync(join(options.out, name)));
    if (started && earlier.fingerprint !== fingerprint) {
      throw new SemtraceError(
        'SEMTRACE_OUTPUT_CONFLICT',
        `${options.out} holds a training with another config or dataset; use another --out, or --overwrite to start over`,
      );
    }
    if (started && existsSync(join(options.out, 'model.json'))) {
      return { info: loadModelFiles(options.out).info, pairs: counts, python, alreadyDone: true };
    }
  }
  await writeJsonAtomic(setupPath, { fingerprint, config, data: options.data, pairs: counts });
  await runTrainer(python, options.out, onEvent, options.signal);
  return { info: loadModelFiles(options.out).info, pairs: counts, python, alreadyDone: false };
}

async function runTrainer(
  python: TorchPython,
  out: string,
  onEvent: (event: TrainEvent) => void,
  signal?: AbortSignal,
) {
  const child = spawn(python.executable, [trainerScript(), out], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PYTHONUNBUFFERED: '1', PYTHONHASHSEED: '0' },
    ...(signal && { signal, killSignal: 'SIGKILL' as const }),
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  let failure: string | undefined;
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    let event: TrainEvent;
    try {
      event = JSON.parse(line) as TrainEvent;
    } catch {
      return; // a library's stray print; the trainer's own lines are all JSON
    }
    if (event.type === 'error') failure = String(event.message);
    onEvent(event);
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', (error) => {
      if (signal?.aborted) resolve(null);
      else reject(error);
    });
    child.on('close', resolve);
  });
  if (signal?.aborted) throw new SemtraceError('SEMTRACE_TRAINING_FAILED', 'training stopped by the caller');
  if (code !== 0) {
    throw new SemtraceError(
      'SEMTRACE_TRAINING_FAILED',
      failure
        ? `training stopped: ${failure}`
        : `the trainer exited with ${code}; run the same command again to resume from the last checkpoint. Its last output:\n${stderr.trim()}`,
    );
  }
}
