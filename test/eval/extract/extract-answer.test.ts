import { describe, expect, it } from 'vitest';
import { extractAnswer } from '../../../src/eval/extract/index.js';
import type { TaskItem } from '../../../src/tasks/types.js';

const call: TaskItem = {
  id: 'sample_x',
  task: 'output',
  code: 'def f(x):\n    return x',
  mode: 'call',
  input: { call: "f('a')" },
  output: "'a'",
  meta: {},
};
const script: TaskItem = { ...call, mode: 'script', input: { stdin: '' }, output: '1\n2\n' };
const out = (response: string) => extractAnswer('output', response, call);
const inp = (response: string) => extractAnswer('input', response, { ...call, task: 'input' });

describe('extractAnswer: output of a call', () => {
  it.each([
    ["[ANSWER]\nassert f('a') == 'abc'\n[/ANSWER]", "'abc'", 'answer-tag+assert'],
    ["Let me think.\n[ANSWER]assert f('a') == [1, 2][/ANSWER] extra words", '[1, 2]', 'answer-tag+assert'],
    ["[ANSWER]\nassert f('a') == {'k': 'a == b'}\n", "{'k': 'a == b'}", 'answer-tag-unclosed+assert'],
    ["assert f('a') == 'x'\n[/ANSWER]", "'x'", 'answer-tag-prefilled+assert'],
    ['```python\nassert f(1) == (1, 2)\n```', '(1, 2)', 'code-fence+assert'],
    ['Reasoning...\n```\n[3, 4]\n```\nThat is all.', '[3, 4]', 'code-fence'],
    ["[ANSWER]\n```python\n'xyz'\n```\n[/ANSWER]", "'xyz'", 'answer-tag+code-fence'],
    ["The output is 'hello'. This is because f returns its argument.", "'hello'", 'whole-response+phrase'],
    ['So the final answer is **[1, 2, 3]**.', '[1, 2, 3]', 'whole-response+phrase'],
    ['The output of f(x) would be `42` since x is 42.', '42', 'whole-response+phrase'],
    ['  {1: None}  ', '{1: None}', 'whole-response'],
    ["First step: x becomes 3\nthen it returns\n['a', 'b']", "['a', 'b']", 'whole-response+last-line'],
    ["assert 'abc' == f('a')", "'abc'", 'whole-response+assert'],
  ])('%j → %s', (response, answer, how) => {
    expect(out(response)).toEqual({ answer, how });
  });

  it('says why nothing was found', () => {
    expect(out('')).toEqual({ answer: null, how: 'empty response' });
    expect(out('[ANSWER][/ANSWER]').answer).toBeNull();
    expect(out('[ANSWER][/ANSWER]').how).toContain('empty');
    const prose = out('I think about it a lot.\nI am not sure what it returns.');
    expect(prose.answer).toBeNull();
    expect(prose.how).toContain('no answer found');
  });
});

describe('extractAnswer: input of a call', () => {
  it.each([
    ["[ANSWER]\nassert f('ab', 2) == 'abab'\n[/ANSWER]", "f('ab', 2)", 'answer-tag+assert'],
    ["[ANSWER]assert 'abab' == f('ab', 2)[/ANSWER]", "f('ab', 2)", 'answer-tag+assert'],
    ['The input is f([1, 2], "x(") and the result follows.', 'f([1, 2], "x(")', 'whole-response+call'],
    ["[ANSWER]'ab', 2[/ANSWER]", "'ab', 2", 'answer-tag'],
    ['```\n[1, 2], key=3\n```', '[1, 2], key=3', 'code-fence'],
  ])('%j → %s', (response, answer, how) => {
    expect(inp(response)).toEqual({ answer, how });
  });
});

describe('extractAnswer: other tasks', () => {
  it('keeps printed text verbatim for script programs (only the newline after a tag goes)', () => {
    expect(extractAnswer('output', '[ANSWER]\n1\n2\n[/ANSWER]', script)).toEqual({
      answer: '1\n2\n',
      how: 'answer-tag',
    });
    expect(extractAnswer('output', '1\n2', script)).toEqual({ answer: '1\n2', how: 'whole-response' });
  });

  it('finds a trace in the CodeExecutor format, or says there is none', () => {
    const trace = '<line> <0> <state> x : 1 </state>';
    expect(extractAnswer('trace', `Here it is:\n[ANSWER]${trace}[/ANSWER]`, call)).toEqual({
      answer: trace,
      how: 'answer-tag',
    });
    expect(extractAnswer('trace', 'x is 1', call).how).toContain('no <line>');
  });

  it('reads yes/no and line numbers for state questions', () => {
    const covered = { ...call, question: { kind: 'covered' as const, line: 2, answer: 'no' as const } };
    expect(extractAnswer('state', 'Line 2 is skipped, so: No', covered).answer).toBe('no');
    expect(extractAnswer('state', '[ANSWER]yes[/ANSWER]', covered).answer).toBe('yes');
    const next = { ...call, question: { kind: 'next-line' as const, line: 2, answer: '3' } };
    expect(extractAnswer('state', 'After it, line 3 runs.', next).answer).toBe('3');
    expect(extractAnswer('state', '[ANSWER]the run ends[/ANSWER]', next).answer).toBe('-');
    const value = { ...call, question: { kind: 'value' as const, line: 2, variable: 'x', answer: '3' } };
    expect(extractAnswer('state', 'The value of x is 3.', value).answer).toBe('3');
  });
});
