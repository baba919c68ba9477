/**
 * REval-style questions about one real execution, chosen deterministically from a seed: the value of a
 * variable a line changed, whether a line runs, and which line runs next. Pure.
 */

import { seededRandom } from '../common/random.js';
import type { TraceStep } from '../engine/types.js';
import { diffVariables, stateAfter } from '../trace/state-after.js';
import { statementStartLines } from './executable-lines.js';
import type { StateQuestion } from './types.js';

export interface StateQuestionOptions {
  /** Same seed, same code and trace → same questions. Default 0. */
  seed?: number;
  /** Most questions per execution. Default 4. */
  max?: number;
}

export function makeStateQuestions(
  code: string,
  trace: TraceStep[],
  options: StateQuestionOptions = {},
): StateQuestion[] {
  const max = options.max ?? 4;
  const random = seededRandom(hashString(code) ^ (options.seed ?? 0));
  const firstRun = new Map<number, number>();
  trace.forEach((step, index) => {
    if (step.event === 'line' && !firstRun.has(step.line)) firstRun.set(step.line, index);
  });
  const pools: StateQuestion[][] = [
    valueQuestions(trace, firstRun),
    coveredQuestions(code, firstRun),
    nextLineQuestions(trace, firstRun),
  ];
  for (const pool of pools) shuffle(pool, random);
  // Round-robin over kinds, so a handful of questions still mixes values, coverage and control flow.
  const chosen: StateQuestion[] = [];
  while (chosen.length < max && pools.some((pool) => pool.length > 0)) {
    for (const pool of pools) {
      const next = pool.shift();
      if (next && chosen.length < max) chosen.push(next);
    }
  }
  return chosen;
}

function valueQuestions(trace: TraceStep[], firstRun: Map<number, number>): StateQuestion[] {
  const questions: StateQuestion[] = [];
  for (const [line, index] of firstRun) {
    const after = stateAfter(trace, index);
    if (!after) continue;
    for (const change of diffVariables(trace[index]!.locals, after)) {
      if (change.after !== undefined)
        questions.push({ kind: 'value', line, variable: change.name, answer: change.after });
    }
  }
  return questions;
}

function coveredQuestions(code: string, firstRun: Map<number, number>): StateQuestion[] {
  const questions: StateQuestion[] = [];
  const ran = [...firstRun.keys()];
  const missed = statementStartLines(code).filter((line) => !firstRun.has(line));
  for (const line of ran) questions.push({ kind: 'covered', line, answer: 'yes' });
  for (const line of missed) questions.push({ kind: 'covered', line, answer: 'no' });
  return questions;
}

function nextLineQuestions(trace: TraceStep[], firstRun: Map<number, number>): StateQuestion[] {
  const questions: StateQuestion[] = [];
  for (const [line, index] of firstRun) {
    const next = trace.slice(index + 1).find((step) => step.event === 'line');
    questions.push({ kind: 'next-line', line, answer: next ? String(next.line) : '-' });
  }
  return questions;
}

function hashString(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
