/** Step comparison as CodeExecutor's `inference/metric.py` defines it (`same_sent`, identifier counts). */
import type { CodeExecutorStep } from './parse-codeexecutor.js';

/** Same key, same value: metric.py's `dict_same_key_value_num`. */
export function sameValueCount(a: Map<string, string>, b: Map<string, string>): number {
  let same = 0;
  for (const [name, value] of a) if (b.get(name) === value) same++;
  return same;
}

/** metric.py's `same_sent`: output steps and steps without a state compare verbatim. */
export function sameStep(pred: CodeExecutorStep, gold: CodeExecutorStep): boolean {
  if (pred.isOutput || gold.isOutput || !pred.hasState || !gold.hasState) return pred.text === gold.text;
  if (pred.lineInfo !== gold.lineInfo || pred.state.size !== gold.state.size) return false;
  return sameValueCount(pred.state, gold.state) === gold.state.size;
}

/** Variables counted correct for a pair, as metric.py counts them (only state steps of the same line). */
export function correctIdsOf(pred: CodeExecutorStep, gold: CodeExecutorStep): number {
  if (pred.isOutput || gold.isOutput || !pred.hasState || !gold.hasState) return 0;
  return pred.lineInfo === gold.lineInfo ? sameValueCount(pred.state, gold.state) : 0;
}
