/** The table `semtrace build` prints when it finishes: what was made, and where the runs went. */
import type { EngineRunCounts } from '../../engine/engine.js';
import { LEVELS, type Manifest, SPLITS } from '../types.js';

export function buildSummary(manifest: Manifest, out: string, engineRuns?: EngineRunCounts): string {
  const { counts } = manifest;
  const rows: [string, string][] = [
    ['source programs', `${counts.sourcePrograms} (${counts.sourceInputs} inputs)`],
    ['source problems', describe(counts.sourceProblems)],
    ['runs planned', String(counts.stages.planned)],
    ['runs executed', String(counts.stages.executed)],
    [
      'filtered',
      `${counts.stages.filtered}${counts.stages.filtered ? ` (${describe(counts.filtered)})` : ''}`,
    ],
    [
      'equivalent mutants',
      `${counts.equivalentMutants.found} found, ${counts.equivalentMutants.dropped} dropped`,
    ],
    [
      'deduplicated',
      `${counts.deduplicated.programInput} by program + input, ${counts.deduplicated.trace} by trace`,
    ],
    ['samples written', String(counts.stages.written)],
    [
      'splits',
      SPLITS.map(
        (split) => `${split} ${counts.perSplit[split].samples} (${counts.perSplit[split].sources} programs)`,
      ).join(', '),
    ],
    ['levels', LEVELS.map((level) => `${level} ${counts.perLevel[level]}`).join(', ')],
    [
      'python',
      `${manifest.environment.python} (${manifest.environment.backend}, ${manifest.environment.isolation} isolation)`,
    ],
    ...(engineRuns && engineRuns.warm > 0
      ? ([
          [
            'warm interpreter',
            `${engineRuns.warm} of ${engineRuns.runs} runs (${((engineRuns.warm / engineRuns.runs) * 100).toFixed(0)} %) shared one with earlier runs of their trust domain`,
          ],
        ] as [string, string][])
      : []),
    [
      'time',
      `${(manifest.run.wallMs / 1000).toFixed(1)} s${manifest.run.resumedChunks ? `, resumed ${manifest.run.resumedChunks} finished chunks` : ''}`,
    ],
    ['output', `${out} (${manifest.shards.length} shard files; \`semtrace stats ${out}\` for details)`],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  return `${rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n')}\n`;
}

function describe(counts: Record<string, number>): string {
  const entries = Object.entries(counts).filter(([, n]) => n > 0);
  return entries.length === 0 ? 'none' : entries.map(([reason, n]) => `${reason} ${n}`).join(', ');
}
