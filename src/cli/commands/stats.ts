/** `semtrace stats`: show what a built dataset holds and check its shards against the manifest. */
import type { Command } from 'commander';
import { describeManifest, describeVerification } from '../../dataset/read/describe-manifest.js';
import { openDataset } from '../../dataset/read/open-dataset.js';

interface StatsFlags {
  json?: boolean;
  verify: boolean;
}

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description(
      'show a built dataset as tables (config, stages, splits, levels, operators, shards) and verify its shards',
    )
    .argument('<dir>', 'the dataset directory (holds manifest.json and data/)')
    .option('--json', 'print the manifest and the verification result as one JSON object')
    .option('--no-verify', 'skip reading the shards (size, sha256, record count, splits)')
    .action(async (dir: string, flags: StatsFlags) => {
      const dataset = await openDataset(dir);
      const mismatches = flags.verify ? await dataset.verify() : null;
      if (flags.json) {
        const report = {
          dir,
          manifest: dataset.manifest,
          verified: mismatches ? mismatches.length === 0 : null,
          mismatches,
        };
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      } else {
        process.stdout.write(`Dataset ${dir}\n\n${describeManifest(dataset.manifest)}\n\n`);
        process.stdout.write(
          mismatches
            ? `${describeVerification(dataset.manifest, mismatches)}\n`
            : 'Verification skipped (--no-verify).\n',
        );
      }
      if (mismatches && mismatches.length > 0) {
        process.stderr.write(
          `semtrace: ${mismatches.length} shard mismatch(es) in '${dir}'; rebuild the dataset or restore the listed files [SEMTRACE_SHARD_MISMATCH]\n`,
        );
        process.exitCode = 1;
      }
    });
}
