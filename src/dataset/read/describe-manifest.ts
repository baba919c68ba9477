/**
 * The readable report `semtrace stats` prints: a manifest turned into titled sections of tables. Pure,
 * so the report can be tested and reused (the viewer shows the same numbers).
 */
import { type BuildDebugPolicy, type Manifest, SPLITS } from '../types.js';
import { bar, type Cell, humanBytes, percent, renderTable } from './text-table.js';
import type { ShardMismatch } from './verify-dataset.js';

/** Source problems listed one by one; the counts table covers the rest. */
const MAX_LISTED_PROBLEMS = 10;

function section(title: string, body: string): string {
  return `${title}\n${body}`;
}

function countRows(counts: Record<string, number> | undefined, total: number): Cell[][] {
  return Object.entries(counts ?? {})
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([name, count]) => [name, count, percent(count, total)]);
}

/** A count per name with each one's share of the table's own sum. */
function countTable(title: string, key: string, counts: Record<string, number> | undefined) {
  const total = Object.values(counts ?? {}).reduce((sum, n) => sum + n, 0);
  const rows = countRows(counts, total);
  return section(title, rows.length > 0 ? renderTable([key, 'count', 'share'], rows) : '  (none)');
}

function debugPolicyText(policy: BuildDebugPolicy): string {
  const direction = policy.inverse ? 'inverse (earlier state from the later)' : 'forward';
  return `actions ${policy.actions.join(',')}; ${policy.perAction} per action; ${policy.breakpoints} breakpoints; ${direction}; seed ${policy.seed}`;
}

function describeConfig(manifest: Manifest): string {
  const { config, environment, run } = manifest;
  const ratios = SPLITS.map((split) => `${split} ${config.splitRatios[split]}`).join(', ');
  const limits = Object.entries(config.limits ?? {})
    .map(([name, value]) => `${name}=${value}`)
    .join(' ');
  const rows: Cell[][] = [
    ['semtrace', `${manifest.semtrace} (manifest format ${manifest.formatVersion})`],
    [
      'sources',
      config.demo
        ? `demo programs${config.sources.length ? ` + ${config.sources.join(', ')}` : ''}`
        : config.sources.join(', '),
    ],
    [
      'backend',
      `${environment.backend}, python ${environment.python}, isolation ${environment.isolation ?? '?'}, ${environment.workers ?? '?'} worker${environment.workers === 1 ? '' : 's'}`,
    ],
    ['host', `node ${environment.node ?? '?'} on ${environment.platform ?? '?'}`],
    [
      'built',
      `${run?.startedAt ?? '?'} → ${run?.finishedAt ?? '?'} (${((run?.wallMs ?? 0) / 1000).toFixed(1)} s, ${run?.resumedChunks ?? 0} chunks resumed)`,
    ],
    ['seed', config.seed],
    [
      'mutation',
      `${config.mutantsPerProgram} mutants/program, order ${config.mutationOrder}, operators ${config.operators?.join(',') ?? 'all'}`,
    ],
    ['inputs', `${config.inputsPerProgram} per program`],
    [
      'filters',
      `trace length ${config.minTraceLength}..${config.maxTraceLength}; equivalent mutants ${config.keepEquivalentMutants ? 'kept' : 'dropped'}; dedupe by trace ${config.dedupeByTrace ? 'on' : 'off'}; determinism check ${config.checkDeterminism ? 'on' : 'off'}`,
    ],
    [
      'decontaminate',
      config.decontaminate ? `${config.decontaminate} (threshold ${config.decontaminateThreshold})` : 'off',
    ],
    ['splits', ratios],
    ['formats', config.formats.join(', ') || '(none)'],
    ...(config.debugPolicy ? [['debugger', debugPolicyText(config.debugPolicy)]] : []),
    [
      'output',
      `shards of ${config.shardSize}, ${config.gzip ? 'jsonl.gz' : 'jsonl'}${config.parquet ? ' + parquet' : ''}`,
    ],
    ['limits', limits || '(defaults)'],
  ];
  return section('Config', renderTable(['setting', 'value'], rows));
}

/**
 * Stage counts as the builder recorded them, in pipeline order. Some stages count what remained and
 * others what was removed, so no differences are computed here: the numbers are shown as recorded.
 */
function describeStages(manifest: Manifest): string {
  const rows = Object.entries(manifest.counts.stages).map(([stage, count]): Cell[] => [stage, count]);
  return section('Stages', renderTable(['stage', 'count'], rows));
}

function describeDrops(manifest: Manifest): string {
  const { counts } = manifest;
  const rows: Cell[][] = [
    ['duplicate program+input', counts.deduplicated?.programInput ?? 0],
    ['duplicate trace', counts.deduplicated?.trace ?? 0],
    ['equivalent mutants found', counts.equivalentMutants?.found ?? 0],
    ['equivalent mutants dropped', counts.equivalentMutants?.dropped ?? 0],
    ['decontaminated programs', counts.decontaminatedPrograms ?? 0],
  ];
  return [
    countTable('Filter reasons', 'reason', counts.filtered),
    section('Duplicates and contamination', renderTable(['what', 'count'], rows)),
  ].join('\n\n');
}

function describeSourceProblems(manifest: Manifest): string {
  const { counts, sourceProblems } = manifest;
  const total = Object.values(counts.sourceProblems ?? {}).reduce((sum, n) => sum + n, 0);
  const head = `Source problems (${counts.sourcePrograms ?? '?'} programs and ${counts.sourceInputs ?? '?'} inputs read)`;
  if (total === 0) return section(head, '  (none)');
  const listed = sourceProblems
    .slice(0, MAX_LISTED_PROBLEMS)
    .map((p) => [
      p.line === undefined ? p.path : `${p.path}:${p.line}`,
      p.reason,
      p.message.length > 70 ? `${p.message.slice(0, 69)}…` : p.message,
    ]);
  const parts = [renderTable(['reason', 'count', 'share'], countRows(counts.sourceProblems, total))];
  if (listed.length > 0) parts.push(renderTable(['where', 'reason', 'message'], listed));
  return section(head, parts.join('\n\n'));
}

function describeComposition(manifest: Manifest): string {
  const { counts } = manifest;
  const written = counts.stages.written;
  const splitRows = SPLITS.map((split): Cell[] => [
    split,
    counts.perSplit[split].samples,
    counts.perSplit[split].sources,
    percent(counts.perSplit[split].samples, written),
  ]);
  const operatorRows = Object.entries(counts.perOperator ?? {})
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([op, { planned, written: kept }]): Cell[] => [op, planned, kept, percent(kept, planned)]);
  return [
    section('Splits', renderTable(['split', 'samples', 'sources', 'share'], splitRows)),
    countTable('Levels', 'level', counts.perLevel),
    section(
      'Mutation operators',
      operatorRows.length > 0
        ? renderTable(['operator', 'planned', 'written', 'kept'], operatorRows)
        : '  (none)',
    ),
    countTable('Run status (all executed runs)', 'status', counts.perStatus),
  ].join('\n\n');
}

function describeTraceLengths(manifest: Manifest): string {
  const { edges, counts } = manifest.counts.traceLength;
  if (counts.length === 0) return section('Trace length', '  (no samples)');
  const max = Math.max(...counts);
  const rows = counts.map((count, i): Cell[] => {
    const from = edges[i] ?? 0;
    const to = edges[i + 1];
    return [to === undefined ? `${from}+` : `${from}–${to - 1}`, count, bar(count, max)];
  });
  return section('Trace length (steps)', renderTable(['steps', 'samples', ''], rows));
}

function describeShards(manifest: Manifest): string {
  const rows = manifest.shards.map((s): Cell[] => [
    s.path,
    s.split,
    s.format,
    s.records,
    humanBytes(s.bytes),
    s.sha256.slice(0, 12),
  ]);
  const bytes = manifest.shards.reduce((sum, s) => sum + s.bytes, 0);
  return section(
    `Shards (${manifest.shards.length} files, ${humanBytes(bytes)})`,
    rows.length > 0
      ? renderTable(['path', 'split', 'format', 'records', 'size', 'sha256'], rows)
      : '  (none)',
  );
}

/** The whole report, sections separated by blank lines. */
export function describeManifest(manifest: Manifest): string {
  return [
    describeConfig(manifest),
    describeStages(manifest),
    describeDrops(manifest),
    describeSourceProblems(manifest),
    describeComposition(manifest),
    describeTraceLengths(manifest),
    describeShards(manifest),
  ].join('\n\n');
}

/** The verification verdict: one line when intact, else every mismatch. */
export function describeVerification(manifest: Manifest, mismatches: readonly ShardMismatch[]): string {
  if (mismatches.length === 0)
    return `Verification: all ${manifest.shards.length} shard files match the manifest (size, sha256, records, splits).`;
  return [
    `Verification FAILED: ${mismatches.length} mismatch${mismatches.length === 1 ? '' : 'es'} between the files and the manifest`,
    ...mismatches.map((m) => `  [${m.kind}] ${m.message}`),
  ].join('\n');
}
