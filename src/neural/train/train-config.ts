/**
 * The training config: one shape from a CPU smoke run to a GPU run (only the numbers change), its
 * defaults, checks, and the fingerprint that decides whether a model folder may be resumed. Pure.
 */
import { createHash } from 'node:crypto';
import { SemtraceError } from '../../errors.js';

export interface CurriculumStage {
  name: string;
  /** Share of the steps this stage lasts (the shares add up to 1). */
  fraction: number;
  /** Relative chance of drawing a sample of each level. */
  weights: Partial<Record<'single-line' | 'tutorial' | 'contest', number>>;
}

export interface TrainConfig {
  layers: number;
  width: number;
  heads: number;
  /** Feed-forward width (default 4 × width). */
  ffn: number;
  steps: number;
  /** Sequences per step. */
  batch: number;
  lr: number;
  warmupFraction: number;
  vocabSize: number;
  /** Programs (with their input) longer than this are left out of training; the model cannot read them. */
  maxSourceTokens: number;
  /** Traces are cut to this many tokens for training; it is also the default generation budget. */
  maxTargetTokens: number;
  curriculum: CurriculumStage[];
  seed: number;
  checkpointEvery: number;
  /** Dev pairs the dev loss is measured on at each checkpoint. */
  devPairs: number;
  /** `auto` uses CUDA when torch sees a GPU. */
  device: 'auto' | 'cpu' | 'cuda';
  /** Torch CPU threads; 0 = torch's default. */
  threads: number;
}

/**
 * CodeExecutor's curriculum over semtrace's levels: SingleLine alone, then with Tutorial, then all three
 * mixed 0.34 / 0.33 / 0.33 (contest standing in for CodeNetMut).
 */
export const CODEEXECUTOR_CURRICULUM: CurriculumStage[] = [
  { name: 'single-line', fraction: 0.15, weights: { 'single-line': 1 } },
  { name: '+tutorial', fraction: 0.25, weights: { 'single-line': 0.5, tutorial: 0.5 } },
  { name: 'all', fraction: 0.6, weights: { contest: 0.34, tutorial: 0.33, 'single-line': 0.33 } },
];

export const DEFAULT_TRAIN_CONFIG: TrainConfig = {
  layers: 4,
  width: 256,
  heads: 4,
  ffn: 1024,
  steps: 2000,
  batch: 16,
  lr: 1e-3,
  warmupFraction: 0.05,
  vocabSize: 2048,
  maxSourceTokens: 384,
  maxTargetTokens: 640,
  curriculum: CODEEXECUTOR_CURRICULUM,
  seed: 1,
  checkpointEvery: 200,
  devPairs: 64,
  device: 'auto',
  threads: 0,
};

function bad(message: string): never {
  throw new SemtraceError('SEMTRACE_BAD_OPTION', message);
}

export function checkTrainConfig(config: TrainConfig): TrainConfig {
  const positive = [
    'layers',
    'width',
    'heads',
    'ffn',
    'steps',
    'batch',
    'vocabSize',
    'maxSourceTokens',
    'maxTargetTokens',
    'checkpointEvery',
    'devPairs',
  ] as const;
  for (const key of positive) {
    if (!Number.isInteger(config[key]) || config[key] <= 0) bad(`${key} must be a positive whole number`);
  }
  if (config.width % config.heads !== 0)
    bad(`--width ${config.width} must be a multiple of --heads ${config.heads}`);
  if (config.vocabSize < 300)
    bad('--vocab-size must be at least 300 (259 are reserved for bytes and specials)');
  if (!(config.lr > 0)) bad('--lr must be positive');
  const total = config.curriculum.reduce((sum, stage) => sum + stage.fraction, 0);
  if (Math.abs(total - 1) > 1e-6) bad(`the curriculum's stage fractions add up to ${total}, not 1`);
  return config;
}

/** Same fingerprint = same training: a folder with a checkpoint of another one is not resumed. */
export function trainFingerprint(config: TrainConfig, pairsSha256: string): string {
  const { checkpointEvery: _c, devPairs: _d, device: _v, threads: _t, ...shape } = config;
  return createHash('sha256').update(JSON.stringify({ shape, pairsSha256 })).digest('hex').slice(0, 32);
}
