/** The pure parsers of model replies: synth programs, extra inputs, fixes; and program records. */
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/engine/types.js';
import { toProgramRecord } from '../../src/synth/common/program-records.js';
import { parseFixReply } from '../../src/synth/debugdata/parse-fix.js';
import { runFailure } from '../../src/synth/program/classify-run.js';
import { parseInputsReply } from '../../src/synth/program/grow-inputs.js';
import { isLiteralRepr } from '../../src/synth/program/literal.js';
import { callArgs, parseProgramReply } from '../../src/synth/program/parse-reply.js';

describe('parseProgramReply', () => {
  it('reads the tagged layout the template asks for', () => {
    const parsed = parseProgramReply(
      '[PROBLEM]\nAdd two numbers.\n[/PROBLEM]\n[SOLUTION]\n```python\ndef add(a, b):\n    return a + b\n```\n[/SOLUTION]\n[EXAMPLE]\nadd(1, 2)\n[/EXAMPLE]',
    );
    expect(parsed).toEqual({
      nl: 'Add two numbers.',
      code: 'def add(a, b):\n    return a + b\n',
      example: 'add(1, 2)',
      entryPoint: 'add',
    });
  });

  it('reads Markdown headings and a fenced example, and prefers the last defined function called', () => {
    const parsed = parseProgramReply(
      '### Problem\nSquare a sum.\n\n### Solution\n```python\ndef helper(x):\n    return x * x\n\ndef solve(xs):\n    return helper(sum(xs))\n```\n\n### Example\n```python\nprint(solve([1, 2]))\n```',
    );
    expect(parsed).toMatchObject({ nl: 'Square a sum.', example: 'solve([1, 2])', entryPoint: 'solve' });
  });

  it('names what is missing', () => {
    expect(parseProgramReply('Just prose, no code.')).toMatchObject({ reason: 'no_code' });
    expect(parseProgramReply('```python\nx = 1\n```')).toMatchObject({ reason: 'no_entry_point' });
    expect(
      parseProgramReply('```python\ndef f(x):\n    return f(x - 1) if x else 0\n```\nThat is all.'),
    ).toMatchObject({
      reason: 'no_example',
    });
  });

  it('takes the arguments of a call, brackets and strings included', () => {
    expect(callArgs("f([1, (2, 3)], 'a)b')")).toBe("[1, (2, 3)], 'a)b'");
  });
});

describe('parseInputsReply', () => {
  it('reads one call per line from the [INPUTS] block, strings with parentheses included', () => {
    expect(parseInputsReply("[INPUTS]\nf('(x')\nf([1, 2],\n  3)\ng(1)\nf()\n[/INPUTS]\nf(99)", 'f')).toEqual([
      "'(x'",
      '[1, 2],\n  3',
      '',
    ]);
  });
});

describe('runFailure and isLiteralRepr', () => {
  const result = (status: RunResult['status'], type?: string) =>
    ({
      status,
      exception: type ? { type, message: 'm', line: 1, traceback: [] } : null,
    }) as unknown as RunResult;
  it('names each rejection', () => {
    expect(runFailure(result('ok'))).toBeNull();
    expect(runFailure(result('error', 'ModuleNotFoundError'))!.reason).toBe('missing_module');
    expect(runFailure(result('error', 'ZeroDivisionError'))!.reason).toBe('exception:ZeroDivisionError');
    expect(runFailure(result('syntax_error', 'SyntaxError'))!.reason).toBe('syntax_error');
    expect(runFailure(result('timeout'))!.reason).toBe('timeout');
  });
  it('accepts only reprs a test can compare with', () => {
    expect(isLiteralRepr("[1, 'a', (2.5, None), {1: {2}}]")).toBe(true);
    expect(isLiteralRepr('<__main__.Point object at 0x7f>')).toBe(false);
    expect(isLiteralRepr('[nan]')).toBe(false);
  });
});

describe('parseFixReply', () => {
  it('splits simulation, root cause and the last code block', () => {
    const parsed = parseFixReply(
      '### Execution Simulation\nstep 1\n### Root Cause Analysis\nthe bug\n### Bug Fixing\n```python\ndef f():\n    return 1\n```',
    );
    expect(parsed).toEqual({ simulation: 'step 1', rootCause: 'the bug', fix: 'def f():\n    return 1\n' });
    expect(parseFixReply('no code here')).toMatchObject({ reason: 'no_code' });
  });
});

describe('toProgramRecord', () => {
  it('reads synth output, CRUXEval records and records with tests only', () => {
    expect(
      toProgramRecord({ id: 'a', code: 'def g(x):\n    return x\n', calls: ['g(1)'], outputs: ['1'] }, 'l1'),
    ).toMatchObject({ id: 'a', entryPoint: 'g', calls: ['g(1)'], tests: ['assert g(1) == 1'] });
    expect(
      toProgramRecord({ code: 'def f(x):\n    return x\n', input: '2', output: '2' }, 'l2'),
    ).toMatchObject({
      id: 'l2',
      calls: ['f(2)'],
      tests: ['assert f(2) == 2'],
    });
    expect(toProgramRecord({ code: 'def h(): return 3', tests: ['assert h() == 3'] }, 'l3')).toMatchObject({
      calls: ['h()'],
      entryPoint: 'h',
    });
    expect(toProgramRecord({ code: 'x = 1' }, 'l4')).toMatch(/no calls/);
  });
});
