/** report.md: the run's scores as Markdown tables, for a terminal, a pull request or a notebook. */
import {
  type BreakdownRow,
  breakdowns,
  failedItems,
  interval,
  percent,
  type ReportInput,
} from './report-data.js';

function table(header: string[], rows: string[][]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

function breakdownTable(title: string, label: string, rows: readonly BreakdownRow[]): string {
  return `## ${title}\n\n${table(
    [label, 'items', 'correct', 'pass@1', '95% CI'],
    rows.map((row) => [
      row.group,
      String(row.items),
      String(row.correct),
      percent(row.passAt1.value),
      interval(row.passAt1.ci95),
    ]),
  )}\n`;
}

export function renderMarkdownReport({ summary, results, info }: ReportInput): string {
  const parts: string[] = [];
  const { config } = info;
  parts.push(
    `# semtrace eval: ${summary.task} prediction, ${info.model}\n`,
    `${summary.items} items, ${summary.samples} samples (n=${config.sampling.n}` +
      `${config.sampling.temperature === undefined ? '' : `, temperature ${config.sampling.temperature}`}), ` +
      `${config.fewShot ? 'few-shot' : 'zero-shot'}, ${config.cot ? 'chain of thought' : 'direct answer'}, ` +
      `data \`${config.data}\`${config.split ? ` (split ${config.split})` : ''}.\n`,
  );
  parts.push(
    `## Scores\n\n${table(
      ['metric', 'value', '95% CI', 'items'],
      Object.entries(summary.passAtK).map(([name, value]) => [
        name,
        percent(value.value),
        interval(value.ci95),
        String(value.items),
      ]),
    )}\n\nItems with a correct sample: ${summary.itemsCorrect} of ${summary.items}; without any answer: ${summary.itemsWithoutPrediction}.\n`,
  );
  const groups = breakdowns(results);
  parts.push(breakdownTable('By task', 'task', groups.byTask));
  parts.push(breakdownTable('By level', 'level', groups.byLevel));
  parts.push(breakdownTable('By trace length', 'trace length', groups.byTraceLength));
  parts.push(breakdownTable('By mutation operator', 'operator', groups.byOperator));
  parts.push(
    `## How samples were judged\n\n${table(
      ['reason', 'samples'],
      Object.entries(summary.reasons).map(([reason, count]) => [reason, String(count)]),
    )}\n`,
  );
  if (summary.traceMetrics) {
    parts.push(
      `## Trace metrics\n\n${table(
        ['metric', 'value'],
        Object.entries(summary.traceMetrics).map(([name, value]) => [name, value.toFixed(4)]),
      )}\n`,
    );
  }
  const failed = failedItems(results);
  if (failed.length) {
    parts.push(
      `## Items without an answer (${failed.length})\n\n${failed
        .slice(0, 50)
        .map((item) => `- \`${item.id}\`: ${item.error}`)
        .join(
          '\n',
        )}${failed.length > 50 ? `\n- … and ${failed.length - 50} more (see results.jsonl)` : ''}\n`,
    );
  }
  const t = info.timings;
  parts.push(
    `## Run\n\n${table(
      ['', ''],
      [
        ['model', info.model],
        ['endpoint', `${info.endpoint.baseURL} (${info.endpoint.api})`],
        ['requests', `${t.requests} (${t.retries} retries, ${t.cacheHits} cache hits)`],
        ['mean request time', t.meanRequestMs === null ? '–' : `${t.meanRequestMs} ms`],
        ['wall time', t.wallMs === null ? '–' : `${(t.wallMs / 1000).toFixed(1)} s`],
        ['checks', `${info.versions.backend} backend, Python ${info.versions.python ?? '?'}`],
        [
          'versions',
          `semtrace ${info.versions.semtrace}, Node ${info.versions.node}, openai ${info.versions.openai}`,
        ],
      ],
    )}\n`,
  );
  return parts.join('\n');
}
