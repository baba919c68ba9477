// Prints the per-level table of docs/neural.md from `semtrace eval` run folders of the trace task:
//   npx tsx scripts/neural-table.ts NAME=RUN_DIR [NAME=RUN_DIR ...]
// Output accuracy, trace exact match and line / identifier F1 are CodeExecutor's metrics, micro-averaged
// per level over the trace task's items (src/eval/score/trace/metrics.ts).
import { readFileSync } from 'node:fs';
import { aggregateTraceCounts } from '../src/eval/score/trace/metrics.js';
import type { ItemResult } from '../src/eval/types.js';

const pct = (value: number | undefined) => (value === undefined ? '—' : `${(100 * value).toFixed(1)}%`);
console.log('| model | level | items | output acc. | trace exact | line F1 | id F1 | aligned line F1 |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const arg of process.argv.slice(2)) {
  const [name, dir] = arg.split('=') as [string, string];
  const results = readFileSync(`${dir}/results.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ItemResult);
  const levels = ['single-line', 'tutorial', 'contest', 'all'];
  for (const level of levels) {
    const chosen = results.filter((r) => level === 'all' || r.meta.level === level);
    const counts = chosen.flatMap((r) => r.verdicts.flatMap((v) => (v.metrics ? [v.metrics] : [])));
    if (counts.length === 0) continue;
    const m = aggregateTraceCounts(counts);
    console.log(
      `| ${name} | ${level} | ${chosen.length} | ${pct(m.outputAccuracy)} | ${pct(m.traceAccuracy)} | ${pct(m.lineF1)} | ${pct(m.idF1)} | ${pct(m.alignedLineF1)} |`,
    );
  }
}
