/**
 * Curriculum level from measured difficulty, after CodeExecutor's three stages. Used when the source does
 * not say (a folder named after the level, or a `level` field).
 */
import type { Level } from '../types.js';

export interface Difficulty {
  /** Non-blank, non-comment lines. */
  statements: number;
  /** Deepest nesting of `for` / `while` loops. */
  loopDepth: number;
  /** `def` and `class` statements. */
  definitions: number;
  traceLength: number;
  /** Function calls entered while running (call events after the first frame). */
  calls: number;
}

const LOOP = /^(for|while|async\s+for)\b/;
const DEFINITION = /^(def|class|async\s+def)\b/;

/** Static measures from indentation: cheap, and good enough to rank programs for a curriculum. */
export function measureDifficulty(code: string, traceLength: number, calls: number): Difficulty {
  let statements = 0;
  let definitions = 0;
  let loopDepth = 0;
  const openLoops: number[] = [];
  for (const raw of code.split('\n')) {
    const text = raw.trim();
    if (text === '' || text.startsWith('#')) continue;
    statements += 1;
    const indent = raw.length - raw.trimStart().length;
    while (openLoops.length > 0 && indent <= (openLoops[openLoops.length - 1] as number)) openLoops.pop();
    if (DEFINITION.test(text)) definitions += 1;
    if (LOOP.test(text)) {
      openLoops.push(indent);
      loopDepth = Math.max(loopDepth, openLoops.length);
    }
  }
  return { statements, loopDepth, definitions, traceLength, calls };
}

/**
 * single-line: straight-line code (no loops, no definitions), at most 10 statements.
 * contest: nested loops, or a long program or run (≥ 40 statements, ≥ 500 trace events, ≥ 50 calls).
 * tutorial: everything between.
 */
export function levelFor(difficulty: Difficulty): Level {
  if (difficulty.loopDepth === 0 && difficulty.definitions === 0 && difficulty.statements <= 10)
    return 'single-line';
  if (
    difficulty.loopDepth >= 2 ||
    difficulty.statements >= 40 ||
    difficulty.traceLength >= 500 ||
    difficulty.calls >= 50
  ) {
    return 'contest';
  }
  return 'tutorial';
}
