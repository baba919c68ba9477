/** `semtrace train`: train the neural executor on a built dataset (a wrapper over the Python trainer). */
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { runTrain, type TrainEvent } from '../../neural/train/run-train.js';
import { DEFAULT_TRAIN_CONFIG, type TrainConfig } from '../../neural/train/train-config.js';
import { finiteNumber, nonNegativeInt, positiveInt } from '../option-parsers.js';

interface TrainFlags extends Partial<TrainConfig> {
  data: string;
  out: string;
  python?: string;
  overwrite?: boolean;
  quiet?: boolean;
}

function describe(event: TrainEvent): string | null {
  const n = (value: unknown, digits = 3) =>
    typeof value === 'number' ? value.toFixed(digits) : String(value);
  switch (event.type) {
    case 'start':
      return `training on ${event.device} (${event.threads} threads): ${event.parameters} parameters, vocabulary ${event.vocab}, ${event.train} train / ${event.dev} dev pairs ${JSON.stringify(event.levels)}; ${event.skippedLongSource} programs too long, ${event.truncatedTarget} traces cut`;
    case 'resumed':
      return `resuming from the checkpoint at step ${event.step}`;
    case 'progress':
      return `step ${event.step}/${event.steps} | loss ${n(event.loss)} | stage ${event.stage} | ${n(event.elapsed_s, 0)} s | ETA ${n(event.eta_s, 0)} s`;
    case 'dev':
      return event.loss === null ? null : `step ${event.step}: dev loss ${n(event.loss)}`;
    case 'exported':
      return `exported ${event.path}`;
    default:
      return null;
  }
}

export function registerTrain(program: Command): void {
  const d = DEFAULT_TRAIN_CONFIG;
  program
    .command('train')
    .description(
      'train the neural executor (a small transformer, code → trace) on a built dataset; see docs/neural.md',
    )
    .requiredOption(
      '--data <dir>',
      'a dataset folder built by `semtrace build` (train and dev splits are used)',
    )
    .requiredOption('--out <dir>', 'model folder: checkpoint, tokenizer.json, model.onnx, model.json')
    .option('--layers <n>', 'transformer layers', positiveInt, d.layers)
    .option('--width <n>', 'model width', positiveInt, d.width)
    .option('--heads <n>', 'attention heads', positiveInt, d.heads)
    .option('--ffn <n>', 'feed-forward width (default 4 × width)', positiveInt)
    .option('--steps <n>', 'training steps', positiveInt, d.steps)
    .option('--batch <n>', 'sequences per step', positiveInt, d.batch)
    .option('--lr <x>', 'peak learning rate', finiteNumber, d.lr)
    .option('--vocab-size <n>', 'tokenizer vocabulary size', positiveInt, d.vocabSize)
    .option(
      '--max-source-tokens <n>',
      'longest program + input the model reads',
      positiveInt,
      d.maxSourceTokens,
    )
    .option(
      '--max-target-tokens <n>',
      'longest trace it learns (longer ones are cut)',
      positiveInt,
      d.maxTargetTokens,
    )
    .option('--seed <n>', 'seed of initialisation and sampling', nonNegativeInt, d.seed)
    .option(
      '--checkpoint-every <n>',
      'steps between checkpoints (and dev losses)',
      positiveInt,
      d.checkpointEvery,
    )
    .addOption(
      new Option('--device <name>', 'where to train').choices(['auto', 'cpu', 'cuda']).default(d.device),
    )
    .option('--threads <n>', 'CPU threads for torch (0: torch decides)', nonNegativeInt, d.threads)
    .option('--python <path>', 'Python with torch and onnx (default: python3, then /usr/bin/python3)')
    .option('--overwrite', 'start over, deleting an earlier training in --out')
    .option('--quiet', 'print only the result')
    .action(async (flags: TrainFlags) => {
      const config: TrainConfig = {
        ...d,
        layers: flags.layers ?? d.layers,
        width: flags.width ?? d.width,
        heads: flags.heads ?? d.heads,
        ffn: flags.ffn ?? 4 * (flags.width ?? d.width),
        steps: flags.steps ?? d.steps,
        batch: flags.batch ?? d.batch,
        lr: flags.lr ?? d.lr,
        vocabSize: flags.vocabSize ?? d.vocabSize,
        maxSourceTokens: flags.maxSourceTokens ?? d.maxSourceTokens,
        maxTargetTokens: flags.maxTargetTokens ?? d.maxTargetTokens,
        seed: flags.seed ?? d.seed,
        checkpointEvery: flags.checkpointEvery ?? d.checkpointEvery,
        device: flags.device ?? d.device,
        threads: flags.threads ?? d.threads,
      };
      let lastLine = 0;
      const outcome = await runTrain(
        {
          data: resolve(flags.data),
          out: resolve(flags.out),
          config,
          python: flags.python,
          overwrite: flags.overwrite,
        },
        (event) => {
          if (flags.quiet) return;
          const line = describe(event);
          if (line === null) return;
          // Progress every 5 s at most; every other event as it comes.
          if (event.type === 'progress' && Date.now() - lastLine < 5000 && event.step !== event.steps) return;
          if (event.type === 'progress') lastLine = Date.now();
          process.stderr.write(`${line}\n`);
        },
      );
      const t = outcome.info.training;
      process.stdout.write(
        `${outcome.alreadyDone ? 'already trained' : 'trained'}: ${t.steps} steps in ${t.seconds} s, loss ${t.firstLoss.toFixed(3)} → ${t.lastLoss.toFixed(3)}` +
          `${typeof t.devLoss === 'number' ? `, dev loss ${t.devLoss.toFixed(3)}` : ''}\n` +
          `model: ${resolve(flags.out)} (evaluate: semtrace eval --model onnx:${flags.out} --task trace --data ${flags.data} --out RUN)\n`,
      );
    });
}
