/**
 * The trivial baseline the neural executor is compared with, built from the program text alone: every
 * statement line once, top to bottom ("the next line is the line below", the most frequent next line),
 * each with the input state (the called function's parameters bound to the call's arguments; nothing for
 * a script), and the first argument as the returned value ("repeat the input"). It answers the same
 * tasks through the same answer rules, so its figures sit next to the model's in the same table.
 */
import { callArguments, scanOutsideStrings } from '../common/python-scan.js';
import type { ClientStats, ItemModel, SamplingParams } from '../eval/client/types.js';
import { functionName } from '../eval/extract/extract-answer.js';
import { codeExecutorValue } from '../formats/value-tokens.js';
import { statementStartLines } from '../tasks/executable-lines.js';
import type { TaskItem, TaskName } from '../tasks/types.js';
import { sourceText, targetText } from './pair-text.js';
import { answerResponse } from './trace-answers.js';

export const BASELINE_NAME = 'baseline:input-state';

/** Splits at commas outside brackets and strings. */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  scanOutsideStrings(text, (index, depth) => {
    if (depth === 0 && text[index] === ',') {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
    return undefined;
  });
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** [name, value text] pairs of the input state of a call-mode item. */
export function inputBindings(item: Pick<TaskItem, 'code' | 'input'>): [string, string][] {
  const name = functionName(item);
  const args = callArguments(item.input.call ?? '', name);
  const def = new RegExp(`^\\s*def\\s+${name.replace(/\./g, '\\.')}\\s*\\(([^)]*)\\)`, 'm').exec(item.code);
  if (args === null || !def) return [];
  const params = topLevelParts(def[1]!).map((p) => p.split(/[:=]/)[0]!.replace(/^\*+/, '').trim());
  const bindings: [string, string][] = [];
  topLevelParts(args).forEach((arg, i) => {
    const keyword = /^([A-Za-z_]\w*)\s*=(?!=)\s*([\s\S]*)$/.exec(arg);
    if (keyword) bindings.push([keyword[1]!, keyword[2]!]);
    else if (params[i] && params[i] !== 'self') bindings.push([params[i]!, arg]);
  });
  return bindings;
}

export function baselineTarget(item: TaskItem): string {
  const bindings = item.mode === 'call' ? inputBindings(item) : [];
  const state = bindings.map(([name, value]) => `${name} : ${codeExecutorValue(value)}`).join(' <dictsep> ');
  const steps = statementStartLines(item.code).map(
    (line) => `<line> <${line - 1}> <state> ${state}${state ? ' ' : ''}</state>`,
  );
  const returned = item.mode === 'call' ? (bindings[0]?.[1] ?? 'None') : null;
  return targetText(steps.join(' '), returned);
}

export function openBaselineModel(task: TaskName): ItemModel {
  const stats: ClientStats = { requests: 0, retries: 0, cacheHits: 0, requestMs: 0 };
  return {
    stats,
    identity: BASELINE_NAME,
    promptFor: (item) => sourceText(item),
    async answer(item: TaskItem, params: SamplingParams) {
      stats.requests += 1;
      const predicted = baselineTarget(item);
      return Array.from({ length: params.n }, () => answerResponse(task, item, predicted));
    },
    close: async () => {},
  };
}
