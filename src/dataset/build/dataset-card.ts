/**
 * `README.md` beside the manifest: a dataset card whose front matter tells Hugging Face `datasets` which
 * files make each split (the folder holds JSONL and Parquet copies of the same records, and without it
 * auto-detection would have to guess between them).
 */
import { LEVELS, type Manifest, SPLITS } from '../types.js';

export function datasetCard(manifest: Omit<Manifest, 'run'>): string {
  const format = manifest.config.parquet ? 'parquet' : manifest.config.gzip ? 'jsonl.gz' : 'jsonl';
  const splits = SPLITS.filter((split) => manifest.counts.perSplit[split].samples > 0);
  const { counts, config } = manifest;
  return [
    '---',
    'configs:',
    '- config_name: default',
    '  data_files:',
    ...splits.flatMap((split) => [`  - split: ${split}`, `    path: data/${split}-*.${format}`]),
    'tags:',
    '- code',
    '- execution-traces',
    '---',
    '',
    '# Execution traces built with semtrace',
    '',
    `${counts.stages.written} samples from ${counts.sourcePrograms} source programs, run on CPython ${manifest.environment.python} (${manifest.environment.backend} backend).`,
    'Every sample is a program, one input, and what CPython did with it: status, output and the full line-by-line trace.',
    '',
    '| split | samples | source programs |',
    '|---|---:|---:|',
    ...SPLITS.map(
      (split) => `| ${split} | ${counts.perSplit[split].samples} | ${counts.perSplit[split].sources} |`,
    ),
    '',
    `Levels: ${LEVELS.map((level) => `${level} ${counts.perLevel[level]}`).join(', ')}.`,
    `Renders: ${config.formats.join(', ')}. Mutants per program: ${config.mutantsPerProgram}; mutated inputs per input: ${config.inputsPerProgram}; seed ${config.seed}.`,
    '',
    'Splits are made by source program, so no program contributes to two splits. `manifest.json` holds the full',
    'configuration, counts per stage, filter reason, operator and level, and the sha256 of every shard.',
    'The records carry the licence of the programs they were built from.',
    '',
  ].join('\n');
}
