/**
 * summary.json of an evaluation run as tables and charts: pass@k, verdict reasons, and pass@1 by task,
 * level, trace length and operator. Fields it does not recognise are shown as JSON.
 */
import type { GroupSummary, Summary } from '../../../eval/types.js';
import { BarChart, FigureTable } from '../components/charts.js';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function isSummary(value: unknown): value is Summary {
  return typeof value === 'object' && value !== null && 'passAtK' in value && 'items' in value;
}

/** The summaries in a summary.json: under `summary` (as `semtrace eval` writes it), itself, or one per task. */
export function summariesIn(json: unknown): [string, Summary][] {
  if (isSummary(json)) return [[json.task, json]];
  if (typeof json !== 'object' || json === null) return [];
  const record = json as Record<string, unknown>;
  // `semtrace eval` writes { summary, config, model, fingerprint }.
  if (isSummary(record.summary)) return [[record.summary.task, record.summary]];
  for (const key of ['byTask', 'tasks', 'summaries']) {
    const nested = record[key];
    if (typeof nested === 'object' && nested !== null) {
      const found = Object.entries(nested).filter((entry): entry is [string, Summary] => isSummary(entry[1]));
      if (found.length > 0) return found;
    }
  }
  return [];
}

function Breakdown({
  title,
  groups,
  name,
}: {
  title: string;
  groups: Record<string, GroupSummary> | undefined;
  name: string;
}) {
  const rows = Object.entries(groups ?? {});
  if (rows.length === 0) return null;
  return (
    <div class="card" data-card={name}>
      <h3>{title}</h3>
      <table class="figures">
        <thead>
          <tr>
            <th>{name}</th>
            <th class="num">items</th>
            <th class="num">correct</th>
            <th class="num">pass@1</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, group]) => (
            <tr key={key}>
              <td>{key}</td>
              <td class="num">{group.items}</td>
              <td class="num">{group.correct}</td>
              <td class="num">{percent(group['pass@1'])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <BarChart
        rows={rows.map(([key, group]) => [key, group['pass@1']])}
        max={1}
        format={percent}
        label={`pass@1 by ${name}`}
        good
      />
    </div>
  );
}

function OneSummary({ task, summary }: { task: string; summary: Summary }) {
  const passRows = Object.entries(summary.passAtK ?? {}).map(
    ([k, e]) => [k, `${percent(e.value)} [${percent(e.ci95[0])}, ${percent(e.ci95[1])}]`] as [string, string],
  );
  return (
    <div class="cards" data-task={task}>
      <div class="card" data-card="scores">
        <h3>Task: {task}</h3>
        <FigureTable
          head={['measure', 'value (95% CI)']}
          rows={[
            ...passRows,
            ['items', summary.items],
            ['samples', summary.samples],
            ['items correct', summary.itemsCorrect],
            ['no prediction', summary.itemsWithoutPrediction],
          ]}
        />
      </div>
      <div class="card" data-card="reasons">
        <h3>Verdicts (all samples)</h3>
        <BarChart
          rows={Object.entries(summary.reasons ?? {}) as [string, number][]}
          label="samples per verdict"
        />
      </div>
      <Breakdown title="By level" groups={summary.byLevel} name="level" />
      <Breakdown title="By trace length" groups={summary.byTraceLength} name="trace length" />
      <Breakdown title="By operator" groups={summary.byOperator} name="operator" />
      {summary.traceMetrics && (
        <div class="card" data-card="trace-metrics">
          <h3>Trace metrics</h3>
          <FigureTable
            head={['metric', 'value']}
            rows={Object.entries(summary.traceMetrics).map(([k, v]) => [
              k,
              Number.isInteger(v) ? v : v.toFixed(3),
            ])}
          />
        </div>
      )}
    </div>
  );
}

export function SummaryFigures({ json }: { json: unknown }) {
  const summaries = summariesIn(json);
  if (summaries.length === 0) {
    return (
      <div class="card">
        <h3>summary.json</h3>
        <pre class="result-json">{JSON.stringify(json, null, 2)}</pre>
      </div>
    );
  }
  return (
    <>
      {summaries.length > 1 && (
        <div class="card" data-card="by-task">
          <h3>pass@1 by task</h3>
          <BarChart
            rows={summaries.map(([task, s]) => [task, s.passAtK['pass@1']?.value ?? 0])}
            max={1}
            format={percent}
            label="pass@1 by task"
            good
          />
        </div>
      )}
      {summaries.map(([task, summary]) => (
        <OneSummary key={task} task={task} summary={summary} />
      ))}
    </>
  );
}
