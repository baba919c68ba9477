import type { Command } from 'commander';
import { registerAnnotate } from './annotate.js';
import { registerBuild } from './build.js';
import { registerDebug } from './debug.js';
import { registerDebugData } from './debugdata.js';
import { registerEval } from './eval.js';
import { registerMerge } from './merge.js';
import { registerMutate } from './mutate.js';
import { registerMutateInput } from './mutate-input.js';
import { registerQueue } from './queue.js';
import { registerRun } from './run.js';
import { registerScore } from './score.js';
import { registerServe } from './serve.js';
import { registerStats } from './stats.js';
import { registerSynth } from './synth.js';
import { registerTrain } from './train.js';
import { registerView } from './view.js';
import { registerWorker } from './worker.js';

/** One entry per CLI command; each module adds its command to the program. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [
  registerRun,
  registerMutate,
  registerMutateInput,
  registerBuild,
  registerMerge,
  registerWorker,
  registerQueue,
  registerStats,
  registerView,
  registerScore,
  registerEval,
  registerDebug,
  registerSynth,
  registerAnnotate,
  registerDebugData,
  registerServe,
  registerTrain,
];
