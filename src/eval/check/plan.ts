/**
 * Turns a check request into one planned run per test and the rule that judges its result. The runs
 * carry only what the candidate must compute (the tested expression, the stdin); expected values stay
 * in the judge. Pure: no engine, no I/O.
 */
import type { RunRequest, RunResult } from '../../engine/types.js';
import { printValue } from '../../mutate/input/printer.js';
import { tokenize } from '../../mutate/input/tokenizer.js';
import { literal, planAssert } from './assert-test.js';
import {
  compareValues,
  computedExpressions,
  type Judged,
  judgeConditions,
  returnedValue,
  runFailure,
  shown,
  withOutput,
} from './judge-value.js';
import type { AssertCheck, CheckRequest, CruxevalCheck, IoCheck } from './types.js';

/** The request's own fields a test's run may set; the domain and limits are the runner's. */
export type PlannedRun = Pick<RunRequest, 'code' | 'mode' | 'call' | 'stdin'>;

export interface PlannedTest {
  /** null: judged without running anything (an unsupported test, a literal answer). */
  run: PlannedRun | null;
  judge(result: RunResult | null): Judged;
}

export function planCheck(request: CheckRequest): PlannedTest[] {
  switch (request.kind) {
    case 'asserts':
      return request.asserts.map((statement) => planAssertTest(request, statement));
    case 'io':
      return request.cases.map((testCase) => planIoCase(request, testCase));
    case 'cruxeval-output':
      return [planCruxOutput(request)];
    case 'cruxeval-input':
      return [planCruxInput(request)];
  }
}

const judgedOnly = (judged: Judged): PlannedTest => ({ run: null, judge: () => judged });

function planAssertTest(request: AssertCheck, statement: string): PlannedTest {
  const plan = planAssert(statement);
  if ('unsupported' in plan)
    return judgedOnly({ verdict: 'error', errorType: 'UnsupportedTest', message: plan.unsupported });
  const expressions = computedExpressions(plan.conditions);
  if (expressions.length === 0) return judgedOnly(judgeConditions(plan.conditions, []));
  // HumanEval's tests call `candidate(...)`: bind the name after the program, on lines of its own.
  const code = request.entryPoint
    ? `${request.program}\n\ncandidate = ${request.entryPoint}\n`
    : request.program;
  return {
    run: { code, mode: 'call', call: `(${expressions.map((e) => `(${e})`).join(', ')},)` },
    judge(result) {
      const returned = returnedValue(result!);
      if (!('value' in returned)) return returned;
      const { value } = returned;
      if (value.kind !== 'tuple' || value.items.length !== expressions.length)
        return withOutput(result!, {
          verdict: 'error',
          errorType: 'UncomparableValue',
          message: `the tested values could not be read: ${shown(returned.text)}`,
        });
      return withOutput(result!, judgeConditions(plan.conditions, value.items));
    },
  };
}

/** Printed text as competitive-programming judges compare it: line ends and trailing spaces ignored. */
export function normaliseOutput(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n+$/, '');
}

function planIoCase(request: IoCheck, testCase: IoCheck['cases'][number]): PlannedTest {
  const expected = normaliseOutput(testCase.stdout);
  // An empty expected output would be matched by a program that crashes before printing anything.
  if (expected.trim() === '')
    return judgedOnly({
      verdict: 'error',
      errorType: 'EmptyExpectedOutput',
      message: 'the test expects no output; such a test can never be passed',
    });
  return {
    run: { code: request.program, mode: 'script', stdin: testCase.stdin },
    judge(result) {
      const failure = runFailure(result!);
      if (failure) return failure;
      if (normaliseOutput(result!.stdout) === expected) return { verdict: 'passed' };
      return withOutput(result!, {
        verdict: 'failed',
        message: 'the printed output differs from the expected output',
      });
    },
  };
}

/** Whether `text` calls `name(...)` anywhere outside string literals. */
export function callsFunction(text: string, name: string): boolean {
  try {
    const tokens = tokenize(text);
    return tokens.some((t, i) => t.type === 'name' && t.text === name && tokens[i + 1]?.text === '(');
  } catch {
    return false;
  }
}

function planCruxOutput(request: CruxevalCheck): PlannedTest {
  const fn = request.function ?? 'f';
  if (callsFunction(request.answer, fn))
    return judgedOnly({
      verdict: 'failed',
      errorType: 'RestatesCall',
      message: `the answer calls ${fn}(...) instead of giving its value`,
    });
  const expectedText = request.output.trim();
  const expected = literal(expectedText);
  const judgeValue = (value: ReturnType<typeof literal> & object, text: string): Judged => {
    // A true value that is no literal (an object's repr, nan) is compared as text, as CRUXEval does.
    const holds = expected ? compareValues(value, '==', expected) === true : text === expectedText;
    return holds
      ? { verdict: 'passed' }
      : { verdict: 'failed', message: `the answer is ${shown(text)}, not ${shown(expectedText)}` };
  };
  const answer = literal(request.answer.trim());
  // A literal answer needs no run: its value is known here.
  if (answer) return judgedOnly(judgeValue(answer, printValue(answer)));
  return {
    run: { code: request.program, mode: 'call', call: request.answer.trim() },
    judge(result) {
      const returned = returnedValue(result!);
      if (!('value' in returned)) return returned;
      return withOutput(result!, judgeValue(returned.value, returned.text));
    },
  };
}

function planCruxInput(request: CruxevalCheck): PlannedTest {
  const fn = request.function ?? 'f';
  const answer = request.answer.trim();
  const expectedText = request.output.trim();
  const expected = literal(expectedText);
  return {
    run: { code: request.program, mode: 'call', call: isWholeCall(answer, fn) ? answer : `${fn}(${answer})` },
    judge(result) {
      const returned = returnedValue(result!);
      if (!('value' in returned)) return returned;
      const holds = expected
        ? compareValues(returned.value, '==', expected) === true
        : returned.text === expectedText;
      return withOutput(
        result!,
        holds
          ? { verdict: 'passed' }
          : {
              verdict: 'failed',
              message: `the call returned ${shown(returned.text)}, not ${shown(expectedText)}`,
            },
      );
    },
  };
}

function isWholeCall(text: string, fn: string): boolean {
  try {
    const tokens = tokenize(text);
    if (tokens[0]?.text !== fn || tokens[1]?.text !== '(') return false;
    let depth = 0;
    for (let i = 1; i < tokens.length - 1; i++) {
      const t = tokens[i]!;
      if (t.type === 'op' && '([{'.includes(t.text)) depth++;
      else if (t.type === 'op' && ')]}'.includes(t.text) && --depth === 0) return i === tokens.length - 2;
    }
    return false;
  } catch {
    return false;
  }
}
