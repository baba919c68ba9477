/**
 * Pure judging rules: which check an extracted answer needs (an engine job, or a comparison done here),
 * and how the engine's check result becomes a verdict. No engine, no I/O.
 */
import { compareNextStates, type NextState, parseNextState } from '../../debug/next-state.js';
import type { TaskItem, TaskName } from '../../tasks/types.js';
import { functionName } from '../extract/extract-answer.js';
import type { Verdict } from '../types.js';
import type { CheckJob, CheckKind, CheckVerdict } from './checks/answer-check.js';
import { traceCounts } from './trace/metrics.js';

/** A check the engine must run for one answer, without the answers (they are batched per item). */
export type EngineCheck = Omit<CheckJob, 'answers'>;

/** Printed text is compared exactly after CRLF → LF and without trailing newlines. */
export function normalisePrinted(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/\n+$/, '');
}

/** The engine check an answer needs, or null when it is judged by `judgeLocally`. */
export function engineCheckFor(task: TaskName, item: TaskItem): EngineCheck | null {
  const base = { code: item.code, function: functionName(item) };
  const make = (kind: CheckKind, truth: string): EngineCheck => ({ ...base, kind, truth });
  if (task === 'output') return item.mode === 'call' ? make('output', item.output) : null;
  if (task === 'input') return make(item.mode === 'call' ? 'input' : 'stdin', item.output);
  if (task === 'state' && item.question?.kind === 'value') return make('value', item.question.answer);
  return null;
}

export function verdictFromCheck(check: CheckVerdict): Verdict {
  const verdict: Verdict = { correct: check.reason === 'correct', reason: check.reason };
  if (check.detail) verdict.detail = check.detail;
  return verdict;
}

/** Verdicts that need no engine: printed text, trace metrics, yes/no and line-number questions. */
export function judgeLocally(task: TaskName, item: TaskItem, answer: string, goldTrace?: string): Verdict {
  if (task === 'output') {
    const correct = normalisePrinted(answer) === normalisePrinted(item.output);
    return { correct, reason: correct ? 'correct' : 'wrong_value' };
  }
  if (task === 'trace') {
    const counts = traceCounts(answer, goldTrace ?? '');
    const correct = counts.exact === 1;
    return { correct, reason: correct ? 'correct' : 'trace_mismatch', metrics: { ...counts } };
  }
  if (task === 'debug' && item.debug) return judgeDebug(item.debug.answer, answer);
  const question = item.question;
  if (task === 'state' && question) {
    const expected = question.kind === 'covered' ? question.answer : normaliseLine(question.answer);
    const given = question.kind === 'covered' ? answer.trim().toLowerCase() : normaliseLine(answer);
    const correct = given === expected;
    return correct
      ? { correct, reason: 'correct' }
      : { correct, reason: 'wrong_value', detail: `expected ${expected}` };
  }
  return { correct: false, reason: 'evaluation_error', detail: `no local rule judges ${task} answers` };
}

/** Exact next state, with line and variable-level counts as metrics for the summary. */
function judgeDebug(real: NextState, answer: string): Verdict {
  const comparison = compareNextStates(parseNextState(answer), real);
  const verdict: Verdict = {
    correct: comparison.exact,
    reason: comparison.exact ? 'correct' : 'wrong_value',
    metrics: {
      exact: comparison.exact ? 1 : 0,
      line: comparison.lineCorrect ? 1 : 0,
      truePositives: comparison.truePositives,
      falsePositives: comparison.falsePositives,
      falseNegatives: comparison.falseNegatives,
    },
  };
  if (!comparison.exact) verdict.detail = comparison.differences.join('; ');
  return verdict;
}

function normaliseLine(text: string): string {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? String(Number(trimmed)) : trimmed === '' ? '-' : trimmed;
}

/** Verdict for an answer extraction could not find. */
export function noAnswer(how: string): Verdict {
  return { correct: false, reason: 'no_answer', detail: how };
}
