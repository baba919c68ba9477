/** `semtrace merge`: the shard folders of `semtrace build --shard I/N` → one dataset, as one build makes it. */
import type { Command } from 'commander';
import { mergeShards } from '../../dataset/build/merge.js';
import { buildSummary } from '../../dataset/build/summary.js';

interface MergeFlags {
  out: string;
  overwrite?: boolean;
  json?: boolean;
}

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('join the N shard folders of `semtrace build ... --shard I/N` into one dataset')
    .argument('<dirs...>', 'the shard folders (all N, in any order)')
    .requiredOption('--out <dir>', 'output directory of the merged dataset')
    .option('--overwrite', 'replace a dataset built with other options in --out')
    .option('--json', 'print the manifest as JSON at the end instead of the summary table')
    .action(async (dirs: string[], flags: MergeFlags) => {
      const result = await mergeShards({ dirs, out: flags.out, overwrite: flags.overwrite ?? false });
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(result.manifest, null, 2)}\n`);
        return;
      }
      if (result.alreadyBuilt)
        process.stdout.write(`${flags.out} already holds this dataset; nothing to do.\n`);
      process.stdout.write(buildSummary(result.manifest, flags.out));
    });
}
