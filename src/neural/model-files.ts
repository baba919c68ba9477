/**
 * A trained model folder as `semtrace train` leaves it: `model.json` (written last: its presence means the
 * training finished), `tokenizer.json` and `model.onnx`. `onnx:PATH` names the folder or its model.onnx.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { SemtraceError } from '../errors.js';
import { NeuralTokenizer } from './tokenizer.js';

export interface ModelInfo {
  format: 'semtrace-neural-model';
  version: 1;
  onnx: string;
  tokenizer: string;
  config: Record<string, unknown> & { maxSourceTokens: number; maxTargetTokens: number };
  architecture: {
    layers: number;
    heads: number;
    headDim: number;
    vocabSize: number;
    maxPositions: number;
    parameters: number;
  };
  tokens: { pad: number; sep: number; eos: number };
  training: Record<string, unknown> & { steps: number; seconds: number; firstLoss: number; lastLoss: number };
  /** Greedy decodes made by PyTorch after export, for checking the Node decoder token for token. */
  checks: { source: number[]; greedy: number[] }[];
}

export interface ModelFiles {
  dir: string;
  info: ModelInfo;
  tokenizer: NeuralTokenizer;
  onnxPath: string;
  /** sha256 of model.onnx: a run folder belongs to one set of weights. */
  sha256: string;
}

/** The model folder an `onnx:` path names (the folder itself, or the model.onnx inside it). */
export function modelDir(path: string): string {
  return existsSync(path) && statSync(path).isFile() && basename(path).endsWith('.onnx')
    ? dirname(path)
    : path;
}

export function loadModelFiles(path: string): ModelFiles {
  const dir = modelDir(path);
  const infoPath = join(dir, 'model.json');
  if (!existsSync(infoPath)) {
    throw new SemtraceError(
      'SEMTRACE_FILE_NOT_FOUND',
      `${dir} holds no finished model (model.json is missing): train one with \`semtrace train --data DATASET --out ${dir}\`, or let an interrupted training finish by running the same command again`,
    );
  }
  const info = JSON.parse(readFileSync(infoPath, 'utf8')) as ModelInfo;
  if (info.format !== 'semtrace-neural-model' || info.version !== 1) {
    throw new SemtraceError('SEMTRACE_MODEL_INVALID', `${infoPath} is not a semtrace model description`);
  }
  const tokenizerPath = join(dir, info.tokenizer);
  const tokenizer = NeuralTokenizer.fromJson(JSON.parse(readFileSync(tokenizerPath, 'utf8')), tokenizerPath);
  if (tokenizer.size !== info.architecture.vocabSize) {
    throw new SemtraceError(
      'SEMTRACE_MODEL_INVALID',
      `${tokenizerPath} has ${tokenizer.size} tokens but the model expects ${info.architecture.vocabSize}: the files come from different trainings`,
    );
  }
  const onnxPath = join(dir, info.onnx);
  if (!existsSync(onnxPath)) {
    throw new SemtraceError('SEMTRACE_FILE_NOT_FOUND', `${onnxPath} is missing; train the model again`);
  }
  const sha256 = createHash('sha256').update(readFileSync(onnxPath)).digest('hex');
  return { dir, info, tokenizer, onnxPath, sha256 };
}
