/** A dataset's manifest as figures: pipeline stages, splits, levels, operators, filters, statuses, lengths. */
import type { Manifest } from '../../../dataset/types.js';
import { BarChart, FigureTable, Histogram } from '../components/charts.js';

function entries(record: Record<string, number> | undefined): [string, number][] {
  return Object.entries(record ?? {}).sort((a, b) => b[1] - a[1]);
}

export function ManifestFigures({ manifest }: { manifest: Manifest }) {
  const counts = manifest.counts;
  const splits = Object.entries(counts.perSplit ?? {}).map(
    ([split, figures]) => [split, figures.samples] as [string, number],
  );
  const operators = Object.entries(counts.perOperator ?? {})
    .map(([name, figures]) => [name, figures.written] as [string, number])
    .sort((a, b) => b[1] - a[1]);
  return (
    <section class="cards" aria-label="dataset figures">
      <div class="card" data-card="stages">
        <h3>Pipeline</h3>
        <FigureTable head={['stage', 'samples']} rows={Object.entries(counts.stages ?? {})} />
        <div class="mono" style={{ marginTop: '6px', color: 'var(--muted)' }}>
          {counts.sourcePrograms} programs · {manifest.environment?.backend} · Python{' '}
          {manifest.environment?.python}
        </div>
      </div>
      <div class="card" data-card="splits">
        <h3>Splits</h3>
        <FigureTable
          head={['split', 'samples / sources']}
          rows={Object.entries(counts.perSplit ?? {}).map(([split, f]) => [
            split,
            `${f.samples} / ${f.sources}`,
          ])}
        />
        <BarChart rows={splits} label="samples per split" />
      </div>
      <div class="card" data-card="levels">
        <h3>Levels</h3>
        <BarChart rows={entries(counts.perLevel)} label="samples per level" />
      </div>
      <div class="card" data-card="operators">
        <h3>Mutation operators (written)</h3>
        {operators.length === 0 ? (
          <div class="empty">no mutants</div>
        ) : (
          <BarChart rows={operators} label="samples per operator" />
        )}
      </div>
      <div class="card" data-card="filtered">
        <h3>Filtered out</h3>
        {entries(counts.filtered).length === 0 ? (
          <div class="empty">nothing filtered</div>
        ) : (
          <BarChart rows={entries(counts.filtered)} label="samples filtered per reason" />
        )}
      </div>
      <div class="card" data-card="statuses">
        <h3>Run status</h3>
        <BarChart rows={entries(counts.perStatus)} label="samples per status" />
      </div>
      <div class="card" data-card="trace-length">
        <h3>Trace length</h3>
        <Histogram
          edges={counts.traceLength?.edges ?? []}
          counts={counts.traceLength?.counts ?? []}
          label="trace length histogram"
        />
      </div>
    </section>
  );
}
