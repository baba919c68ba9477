/**
 * Writes a built dataset's train and dev splits as the pairs the trainer reads (`pairs.jsonl`: split,
 * level, source, target), atomically. The target is the sample's `codeexecutor` render (rendered from
 * its trace when the build did not ask for it) plus the returned value: the same text the scorer
 * compares predictions with.
 */
import { createAtomicFile, type WrittenFile } from '../../common/atomic-file.js';
import { openDataset } from '../../dataset/read/open-dataset.js';
import type { Split } from '../../dataset/types.js';
import { goldTraceText } from '../../eval/score/trace/gold-trace.js';
import { fromSample } from '../../tasks/from-records.js';
import { sourceText, targetText } from '../pair-text.js';

export interface PairCounts {
  train: number;
  dev: number;
  /** Samples without a trace text (a program that never ran). */
  skipped: number;
}

export async function writeTrainingPairs(
  dataDir: string,
  path: string,
): Promise<{ counts: PairCounts; file: WrittenFile }> {
  const dataset = await openDataset(dataDir);
  const out = createAtomicFile(path);
  const counts: PairCounts = { train: 0, dev: 0, skipped: 0 };
  try {
    for (const split of ['train', 'dev'] as Split[]) {
      for await (const sample of dataset.samples(split)) {
        const item = fromSample('trace', sample)!;
        const trace = sample.renders.codeexecutor ?? goldTraceText(item);
        if (!trace) {
          counts.skipped++;
          continue;
        }
        const returned = sample.mode === 'call' && sample.status === 'ok' ? sample.output.returnRepr : null;
        const pair = {
          split,
          level: sample.level,
          source: sourceText(sample),
          target: targetText(trace, returned),
        };
        await out.append(`${JSON.stringify(pair)}\n`);
        counts[split === 'train' ? 'train' : 'dev']++;
      }
    }
    return { counts, file: await out.commit() };
  } catch (error) {
    await out.discard();
    throw error;
  }
}
