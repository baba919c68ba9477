import { describe, expect, it } from 'vitest';
import { accuracyPlotSvg } from '../../../src/eval/report/accuracy-plot.js';
import { renderHtmlReport } from '../../../src/eval/report/html-report.js';
import { renderMarkdownReport } from '../../../src/eval/report/markdown-report.js';
import { breakdowns, type ReportInput } from '../../../src/eval/report/report-data.js';
import { summarize } from '../../../src/eval/score/summarize.js';
import type { ItemResult, RunInfo } from '../../../src/eval/types.js';
import { compareTraceLengthBuckets } from '../../../src/trace/length-buckets.js';

function result(id: string, correct: boolean[], meta: ItemResult['meta'], error?: string): ItemResult {
  const value: ItemResult = {
    id,
    task: 'output',
    meta,
    code: 'def f(x):\n    return x',
    mode: 'call',
    input: { call: 'f(1)' },
    output: '1',
    responses: correct.map(() => 'r'),
    extracted: correct.map(() => ({ answer: '1', how: 'answer-tag' })),
    verdicts: correct.map((ok) => ({ correct: ok, reason: ok ? 'correct' : 'wrong_value' })),
    passAtK: {},
  };
  if (error) value.error = error;
  return value;
}

// Single-line items are easy, contest items hard; longer traces fail more; one item has no answer.
const results: ItemResult[] = [
  result('a', [true], { level: 'single-line', traceLength: 4 }),
  result('b', [true], { level: 'single-line', traceLength: 8 }),
  result('c', [true], { level: 'tutorial', traceLength: 25, operator: 'AOR' }),
  result('d', [false], { level: 'tutorial', traceLength: 28, operator: 'ROR' }),
  result('e', [false], { level: 'contest', traceLength: 2000, operator: 'AOR' }),
  result('f', [], { level: 'contest', traceLength: 50 }, 'model request failed: HTTP 500 after 6 attempts'),
];

const info = {
  model: 'tiny <model>',
  endpoint: { baseURL: 'http://127.0.0.1:8000/v1', api: 'chat' },
  config: { data: 'data.jsonl', sampling: { n: 1 }, cot: false, fewShot: true },
  versions: {
    semtrace: '0.1.0',
    node: 'v20',
    openai: '6',
    python: '3.11.7',
    backend: 'native',
    isolation: 'strict',
  },
  timings: { requests: 7, retries: 5, cacheHits: 0, meanRequestMs: 120, wallMs: 3400 },
} as unknown as RunInfo;
const input: ReportInput = { summary: summarize(results), results, info };

describe('report data', () => {
  it('orders trace-length buckets by length with unknown last', () => {
    expect(['10000+', 'unknown', '20-49', '0-4', '100-199'].sort(compareTraceLengthBuckets)).toEqual([
      '0-4',
      '20-49',
      '100-199',
      '10000+',
      'unknown',
    ]);
  });

  it('breaks pass@1 down by level, trace length and operator, counting a failed item as wrong', () => {
    const groups = breakdowns(results);
    expect(groups.byLevel.map((row) => [row.group, row.items, row.correct, row.passAt1.value])).toEqual([
      ['single-line', 2, 2, 1],
      ['tutorial', 2, 1, 0.5],
      ['contest', 2, 0, 0],
    ]);
    expect(groups.byTraceLength.map((row) => row.group)).toEqual([
      '0-4',
      '5-9',
      '20-49',
      '50-99',
      '2000-4999',
    ]);
    expect(groups.byOperator.map((row) => [row.group, row.items])).toEqual([
      ['original', 3],
      ['AOR', 2],
      ['ROR', 1],
    ]);
    const [low, high] = groups.byLevel[0]!.passAt1.ci95;
    expect(low).toBeGreaterThan(0.3);
    expect(high).toBe(1);
  });
});

describe('reports', () => {
  it('Markdown holds the scores, every breakdown and the failed items', () => {
    const md = renderMarkdownReport(input);
    expect(md).toContain('| pass@1 | 50.0% |');
    expect(md).toContain('| single-line | 2 | 2 | 100.0% |');
    expect(md).toContain('| contest | 2 | 0 | 0.0% |');
    expect(md).toContain('| 2000-4999 | 1 | 0 | 0.0% |');
    expect(md).toContain('| AOR | 2 | 1 | 50.0% |');
    expect(md).toContain('- `f`: model request failed: HTTP 500 after 6 attempts');
  });

  it('HTML is one self-contained page with the per-level table and the SVG plot', () => {
    const html = renderHtmlReport(input);
    expect(html).toMatch(
      /<table id="by-level">[\s\S]*single-line[\s\S]*tutorial[\s\S]*contest[\s\S]*<\/table>/,
    );
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0];
    expect(svg).toBeDefined();
    expect(svg!.match(/class="point"/g)).toHaveLength(5);
    expect(svg).toMatch(/0-4[\s\S]*5-9[\s\S]*20-49[\s\S]*50-99[\s\S]*2000-4999/);
    expect(html).not.toMatch(/<script|<link|src=|href=/);
    expect(html).toContain('tiny &#60;model&#62;');
    expect(html).not.toContain('tiny <model>');
  });

  it('the plot places 100% at the top and 0% at the bottom', () => {
    const svg = accuracyPlotSvg(breakdowns(results).byLevel);
    const ys = [...svg.matchAll(/class="point" cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(3);
    expect(ys[0]).toBeLessThan(ys[1]!);
    expect(ys[1]).toBeLessThan(ys[2]!);
    expect(accuracyPlotSvg([])).toContain('no items');
  });
});
