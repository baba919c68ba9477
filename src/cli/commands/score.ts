/** `semtrace score`: judge a predictions file against task items and print pass@k (table or JSON). */
import { createWriteStream } from 'node:fs';
import { type Command, Option } from 'commander';
import type { FormatName } from '../../dataset/types.js';
import type { BackendName } from '../../engine/types.js';
import { readPredictions } from '../../eval/score/predictions.js';
import { type ScoreFileReport, scorePredictions } from '../../eval/score/score-file.js';
import { TASKS, type TaskName } from '../../tasks/types.js';
import { commaList, positiveInt } from '../option-parsers.js';

interface ScoreFlags {
  task: TaskName;
  data: string;
  predictions: string;
  json?: boolean;
  split?: string;
  backend: BackendName;
  workers?: number;
  out?: string;
  k: number[];
  limit?: number;
  traceFormat: FormatName;
}

const percent = (value: number) => `${(100 * value).toFixed(1)}%`;

function table(
  rows: Record<string, { items: number; correct: number; 'pass@1': number }>,
): Record<string, Record<string, string | number>> {
  return Object.fromEntries(
    Object.entries(rows).map(([key, row]) => [
      key,
      { items: row.items, correct: row.correct, 'pass@1': percent(row['pass@1']) },
    ]),
  );
}

function printReadable(report: ScoreFileReport): void {
  const { summary } = report;
  console.log(
    `task ${summary.task}: ${summary.items} items, ${summary.samples} samples, ${summary.itemsCorrect} items with a correct sample`,
  );
  for (const [name, estimate] of Object.entries(summary.passAtK)) {
    console.log(
      `${name}: ${percent(estimate.value)} (95% CI ${percent(estimate.ci95[0])}–${percent(estimate.ci95[1])}, ${estimate.items} items)`,
    );
  }
  if (report.missing > 0) console.log(`${report.missing} items had no prediction and count as wrong`);
  console.log(
    'verdicts:',
    Object.entries(summary.reasons)
      .map(([reason, count]) => `${reason} ${count}`)
      .join(', ') || 'none',
  );
  if (summary.traceMetrics) {
    console.table(
      Object.fromEntries(Object.entries(summary.traceMetrics).map(([name, value]) => [name, percent(value)])),
    );
  }
  if (summary.debugMetrics) {
    console.table(
      Object.fromEntries(Object.entries(summary.debugMetrics).map(([name, value]) => [name, percent(value)])),
    );
  }
  if (summary.byAction) {
    console.log('by action');
    console.table(
      Object.fromEntries(
        Object.entries(summary.byAction).map(([action, row]) => [
          action,
          {
            items: row.items,
            'pass@1': percent(row['pass@1']),
            line: percent(row.lineAccuracy ?? 0),
            'variable F1': percent(row.variableF1 ?? 0),
          },
        ]),
      ),
    );
  }
  for (const [title, rows] of [
    ['by level', summary.byLevel],
    ['by trace length', summary.byTraceLength],
    ['by mutation operator', summary.byOperator],
  ] as const) {
    if (Object.keys(rows).length > 1 || !('none' in rows || 'unknown' in rows || 'original' in rows)) {
      console.log(title);
      console.table(table(rows));
    }
  }
}

export function registerScore(program: Command): void {
  program
    .command('score')
    .description('score model predictions on an execution-reasoning task (pass@k with 95% intervals)')
    .addOption(new Option('--task <task>', 'what was predicted').choices([...TASKS]).makeOptionMandatory())
    .requiredOption('--data <file|dir>', 'CRUXEval-style JSONL, task-item JSONL, or a dataset directory')
    .requiredOption('--predictions <file>', 'JSONL: {"id": "sample_0", "predictions": ["…"]} per line')
    .option('--json', 'print the summary as JSON ("pass@1" as a fraction 0..1)')
    .option('--split <split>', 'dataset split (default for a dataset directory: test)')
    .addOption(
      new Option('--backend <name>', 'engine that runs the checks')
        .choices(['pyodide', 'native'])
        .default('pyodide'),
    )
    .option('--workers <n>', 'engine worker processes (default: one per core)', positiveInt)
    .option('--out <file>', 'write one result line per item (results.jsonl)')
    .option(
      '--k <list>',
      'pass@k values besides 1, e.g. 1,5,10',
      (value: string) => commaList(value).map(positiveInt),
      [1],
    )
    .option('--limit <n>', 'score only the first n items', positiveInt)
    .addOption(
      new Option('--trace-format <name>', 'format of trace predictions')
        .choices(['codeexecutor'])
        .default('codeexecutor'),
    )
    .action(async (flags: ScoreFlags) => {
      const predictions = await readPredictions(flags.predictions);
      for (const problem of predictions.problems) {
        process.stderr.write(
          `semtrace: ${flags.predictions}:${problem.line}: ${problem.message}; line skipped [SEMTRACE_PREDICTIONS_INVALID]\n`,
        );
      }
      const out = flags.out ? createWriteStream(flags.out) : undefined;
      try {
        const report = await scorePredictions(flags.task, flags.data, predictions, {
          split: flags.split,
          limit: flags.limit,
          backend: flags.backend,
          workers: flags.workers,
          traceFormat: flags.traceFormat,
          ks: flags.k,
          onResult: out
            ? (result) =>
                new Promise<void>((resolve, reject) =>
                  out.write(`${JSON.stringify(result)}\n`, (error) => (error ? reject(error) : resolve())),
                )
            : undefined,
        });
        if (report.unknownIds.length > 0) {
          const shown = report.unknownIds.slice(0, 5).join(', ');
          process.stderr.write(
            `semtrace: ${report.unknownIds.length} prediction ids match no item (${shown}${report.unknownIds.length > 5 ? ', …' : ''}); check --data and --split [SEMTRACE_PREDICTIONS_INVALID]\n`,
          );
        }
        if (flags.json) {
          const passAt = Object.fromEntries(
            Object.entries(report.summary.passAtK).map(([name, estimate]) => [name, estimate.value]),
          );
          const json = {
            ...passAt,
            ...report.summary,
            itemsWithoutPrediction: report.missing,
            unknownPredictionIds: report.unknownIds.length,
            invalidPredictionLines: report.problems.length,
          };
          process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        } else printReadable(report);
      } finally {
        if (out) await new Promise((resolve) => out.end(resolve));
      }
    });
}
