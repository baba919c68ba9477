/** report.md: the run's scores as Markdown tables, for a terminal, a pull request or a notebook. */
import { type BreakdownRow, breakdowns, failedItems, type ReportInput } from './report-data.js';
import {
  breakdownTable,
  byActionTable,
  type ReportTable,
  reasonsTable,
  runTable,
  scoresTable,
  traceMetricsTable,
} from './report-tables.js';

function table({ header, rows }: ReportTable): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

function breakdownSection(title: string, label: string, rows: readonly BreakdownRow[]): string {
  return `## ${title}\n\n${table(breakdownTable(label, rows))}\n`;
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
    `## Scores\n\n${table(scoresTable(summary))}\n\nItems with a correct sample: ${summary.itemsCorrect} of ${summary.items}; without any answer: ${summary.itemsWithoutPrediction}.\n`,
  );
  const groups = breakdowns(results);
  parts.push(breakdownSection('By task', 'task', groups.byTask));
  parts.push(breakdownSection('By level', 'level', groups.byLevel));
  parts.push(breakdownSection('By trace length', 'trace length', groups.byTraceLength));
  parts.push(breakdownSection('By mutation operator', 'operator', groups.byOperator));
  parts.push(`## How samples were judged\n\n${table(reasonsTable(summary))}\n`);
  if (summary.traceMetrics) {
    parts.push(`## Trace metrics\n\n${table(traceMetricsTable(summary.traceMetrics))}\n`);
  }
  if (summary.debugMetrics) {
    parts.push(`## Debug metrics\n\n${table(traceMetricsTable(summary.debugMetrics))}\n`);
  }
  if (summary.byAction) parts.push(`## By debugger action\n\n${table(byActionTable(summary.byAction))}\n`);
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
  parts.push(`## Run\n\n${table(runTable(info))}\n`);
  return parts.join('\n');
}
