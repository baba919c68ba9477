/**
 * The whole neural path at toy size, with real PyTorch, onnxruntime and engine: build a small dataset
 * from demo programs, train a tiny model (killed at its first checkpoint and resumed), check that the loss
 * falls, that the Node tokenizer and decoder reproduce Python's ids token for token, then evaluate the
 * ONNX model and the baseline on the output, trace and state tasks.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentProgress } from '../../src/dataset/build/progress.js';
import { buildDataset } from '../../src/dataset/index.js';
import { runEval } from '../../src/eval/run/run-eval.js';
import type { EvalConfig } from '../../src/eval/types.js';
import { loadModelFiles } from '../../src/neural/model-files.js';
import { OnnxDecoder } from '../../src/neural/onnx-decoder.js';
import { findTorchPython } from '../../src/neural/train/python-torch.js';
import { runTrain, type TrainEvent } from '../../src/neural/train/run-train.js';
import { DEFAULT_TRAIN_CONFIG, type TrainConfig } from '../../src/neural/train/train-config.js';
import { hasTorch } from '../support/requirements.js';

const dir = mkdtempSync(join(tmpdir(), 'semtrace-neural-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const data = join(dir, 'data');
const model = join(dir, 'model');

const config: TrainConfig = {
  ...DEFAULT_TRAIN_CONFIG,
  layers: 1,
  width: 32,
  heads: 2,
  ffn: 64,
  steps: 40,
  batch: 8,
  lr: 3e-3,
  vocabSize: 512,
  maxSourceTokens: 256,
  maxTargetTokens: 96,
  checkpointEvery: 20,
  devPairs: 8,
  threads: 1,
};

beforeAll(async () => {
  if (!hasTorch) return;
  // Ten demo programs of the two easier levels keep the build to seconds.
  const corpus = join(dir, 'corpus');
  for (const level of ['single-line', 'tutorial']) {
    const from = join('corpus/demo', level);
    mkdirSync(join(corpus, level), { recursive: true });
    const programs = readdirSync(from)
      .filter((name) => name.endsWith('.py'))
      .slice(0, 5);
    for (const name of programs) {
      for (const sibling of readdirSync(from).filter((f) => f.startsWith(name.slice(0, -3)))) {
        cpSync(join(from, sibling), join(corpus, level, sibling));
      }
    }
  }
  await buildDataset({
    sources: [corpus],
    out: data,
    backend: 'native',
    workers: 1,
    mutantsPerProgram: 2,
    inputsPerProgram: 1,
    splitRatios: { train: 0.6, dev: 0.2, test: 0.2 },
    formats: ['codeexecutor'],
    progress: silentProgress,
    warn: () => {},
  });
}, 120_000);

describe.skipIf(!hasTorch)('semtrace train → ONNX → eval', () => {
  it('trains, is stopped at its first checkpoint as a crash would stop it, resumes, and the loss falls', async () => {
    const python = findTorchPython();
    expect(python.torch).toBeTruthy();
    const stop = new AbortController();
    const before: TrainEvent[] = [];
    await expect(
      runTrain({ data, out: model, config, signal: stop.signal }, (event) => {
        before.push(event);
        if (event.type === 'checkpoint') stop.abort();
      }),
    ).rejects.toThrow('stopped');
    expect(before.map((event) => event.type)).toContain('checkpoint');
    expect(existsSync(join(model, 'model.json'))).toBe(false);
    const resumed: TrainEvent[] = [];
    const outcome = await runTrain({ data, out: model, config: { ...config } }, (e) => resumed.push(e));
    expect(resumed.find((e) => e.type === 'resumed')?.step).toBe(20);
    expect(outcome.info.training.steps).toBe(40);

    const info = loadModelFiles(model).info;
    expect(info.training.lastLoss).toBeLessThan(info.training.firstLoss - 0.5);
    expect([...before, ...resumed].some((e) => e.type === 'progress' && typeof e.eta_s === 'number')).toBe(
      true,
    );
    const again = await runTrain({ data, out: model, config: { ...config } });
    expect(again.alreadyDone).toBe(true);
  }, 150_000);

  it('encodes and decodes as the Python side does', async () => {
    const files = loadModelFiles(model);
    const pairs = readFileSync(join(model, 'pairs.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { source: string; target: string });
    const texts = [
      ...pairs.flatMap((p) => [p.source, p.target]),
      'naïve café ☃ 𝔘𝔫𝔦 — "tabs\there"\r\n  <line> <12> x=10_000 ',
      '\u00a0\u2003 \ufeff\u001c mixed\fblanks\v',
    ];
    const python = findTorchPython();
    const script = [
      'import json, sys',
      `sys.path.insert(0, ${JSON.stringify(join(process.cwd(), 'src/neural/python'))})`,
      'from semtrace_tokenizer import Tokenizer',
      `tok = Tokenizer.load(${JSON.stringify(join(model, 'tokenizer.json'))})`,
      'print(json.dumps([tok.encode(t) for t in json.load(sys.stdin)]))',
    ].join('\n');
    const run = spawnSync(python.executable, ['-c', script], {
      input: JSON.stringify(texts),
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const fromPython = JSON.parse(run.stdout) as number[][];
    texts.forEach((text, i) => {
      expect(files.tokenizer.encode(text)).toEqual(fromPython[i]);
      expect(files.tokenizer.decode(fromPython[i]!)).toBe(text);
    });

    // Python's greedy decodes, reproduced by the batched, cached Node decoder.
    const decoder = await OnnxDecoder.open(files, { threads: 1 });
    try {
      const generated = await decoder.generate(
        files.info.checks.map((c) => c.source),
        24,
      );
      files.info.checks.forEach((check, i) => {
        const eos = files.info.tokens.eos;
        expect(generated[i]!.ids).toEqual(check.greedy.filter((t) => t !== eos));
      });
    } finally {
      await decoder.close();
    }
  }, 60_000);

  it('is evaluated by the trace, output and state tasks, next to the baseline', async () => {
    const base: Omit<EvalConfig, 'task' | 'model' | 'outDir'> = {
      data,
      split: 'test',
      limit: 6,
      baseURL: '',
      api: 'chat',
      apiKeyEnv: 'OPENAI_API_KEY',
      sampling: { n: 1, maxTokens: 48 },
      cot: false,
      fewShot: false,
      concurrency: 4,
      backend: 'native',
      workers: 1,
      cacheDir: null,
      ks: [1],
    };
    for (const task of ['trace', 'output', 'state'] as const) {
      for (const name of [`onnx:${model}`, 'baseline:input-state']) {
        const outDir = join(dir, `eval-${task}-${name.startsWith('onnx') ? 'onnx' : 'baseline'}`);
        const { summary, results } = await runEval({ ...base, task, model: name, outDir });
        expect(results.length).toBeGreaterThan(0);
        expect(results.every((r) => r.error === undefined)).toBe(true);
        if (task === 'trace') expect(summary.traceMetrics?.lineF1).toBeGreaterThanOrEqual(0);
        expect(existsSync(join(outDir, 'report.md'))).toBe(true);
        if (name === 'baseline:input-state' && task === 'state') {
          // "yes, it runs" is right for every line that ran: the baseline is not all wrong.
          expect(summary.itemsCorrect).toBeGreaterThan(0);
        }
      }
    }
  }, 120_000);
});
