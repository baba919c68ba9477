import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numberLines } from '../../../src/eval/prompts/placeholders.js';
import {
  parsePromptTemplate,
  renderPrompt,
  templateModes,
} from '../../../src/eval/prompts/prompt-template.js';
import {
  builtinTemplateName,
  builtinTemplatesDir,
  loadPromptTemplate,
} from '../../../src/eval/prompts/template-files.js';
import { TASKS, type TaskItem } from '../../../src/tasks/types.js';

const callItem: TaskItem = {
  id: 'sample_1',
  task: 'output',
  code: 'def f(xs):\n    return sorted(xs)\n',
  mode: 'call',
  input: { call: 'f([3, 1, 2])' },
  output: '[1, 2, 3]',
  meta: {},
};
const scriptItem: TaskItem = {
  id: 's1',
  task: 'output',
  code: 'print(input() * 2)\n',
  mode: 'script',
  input: { stdin: 'ab\n' },
  output: 'abab\n',
  meta: {},
};

function invalid(text: string, task: TaskItem['task'] = 'output') {
  try {
    parsePromptTemplate(text, 'my.txt', task);
  } catch (error) {
    expect(error).toMatchObject({ code: 'SEMTRACE_TEMPLATE_INVALID' });
    return (error as Error).message;
  }
  throw new Error('expected SEMTRACE_TEMPLATE_INVALID');
}

describe('shipped templates', () => {
  it('are one per task × shots × style, and all parse and cover functions and scripts', () => {
    // The folder also holds the synthesis pipeline's templates (synth-*, annotate-*, debug-fix).
    const files = readdirSync(builtinTemplatesDir).filter((name) =>
      /^[a-z]+-(zero|few)-shot-(direct|cot)\.txt$/.test(name),
    );
    expect(files).toHaveLength(TASKS.length * 4);
    for (const task of TASKS) {
      for (const fewShot of [false, true]) {
        for (const cot of [false, true]) {
          expect(files).toContain(builtinTemplateName(task, { fewShot, cot }));
          const template = loadPromptTemplate(task, { fewShot, cot });
          expect(templateModes(template)).toEqual(['call', 'script']);
        }
      }
    }
  });

  it('render an output prompt without the answer, and a few-shot one with its examples', () => {
    const zero = renderPrompt(loadPromptTemplate('output', { fewShot: false, cot: false }), callItem);
    expect(zero.system).toContain('Python');
    expect(zero.user).toContain(
      '[PYTHON]\ndef f(xs):\n    return sorted(xs)\nassert f([3, 1, 2]) == ??\n[/PYTHON]',
    );
    expect(zero.user).not.toContain('[1, 2, 3]');
    const few = renderPrompt(loadPromptTemplate('output', { fewShot: true, cot: true }), callItem);
    expect(few.user).toMatch(
      /Example 1\.[\s\S]*assert f\(305\) == 8[\s\S]*Now your turn[\s\S]*f\(\[3, 1, 2\]\)/,
    );
    expect(few.user).toContain('step by step');
    const script = renderPrompt(loadPromptTemplate('output', { fewShot: true, cot: false }), scriptItem);
    expect(script.user).toContain('[INPUT]\nab\n\n[/INPUT]');
    expect(script.user).toContain('print(i * i)');
    expect(script.user).not.toContain('abab');
  });

  it('render an input prompt with the output and the function name but not the call', () => {
    const prompt = renderPrompt(loadPromptTemplate('input', { fewShot: false, cot: false }), {
      ...callItem,
      task: 'input',
    });
    expect(prompt.user).toContain('assert f(??) == [1, 2, 3]');
    expect(prompt.user).not.toContain('[3, 1, 2]');
  });

  it('number lines from 1 for state questions and from 0 for traces', () => {
    expect(numberLines('a\nb\n')).toBe('1 | a\n2 | b');
    expect(numberLines('a\nb\n', 0)).toBe('0 | a\n1 | b');
    const state = renderPrompt(loadPromptTemplate('state', { fewShot: false, cot: false }), {
      ...callItem,
      task: 'state',
      question: { kind: 'value', line: 2, variable: 'xs', answer: '[3, 1, 2]' },
    });
    expect(state.user).toContain('2 |     return sorted(xs)');
    expect(state.user).toContain('value of the variable `xs` right after line 2');
    const trace = renderPrompt(loadPromptTemplate('trace', { fewShot: false, cot: false }), {
      ...callItem,
      task: 'trace',
    });
    expect(trace.user).toContain('0 | def f(xs):');
  });
});

describe('template checks', () => {
  it('rejects unknown placeholders with file and line', () => {
    expect(invalid('=== user ===\nfine {{code}}\n{{cdoe}}')).toMatch(
      /^my\.txt:3: unknown placeholder \{\{cdoe\}\}/,
    );
  });

  it('rejects placeholders that give the answer away', () => {
    expect(invalid('=== user ===\n{{code}} == {{output}}')).toMatch(
      /\{\{output\}\} cannot be used for the output task/,
    );
    expect(invalid('=== user ===\n{{call}}', 'input')).toMatch(
      /\{\{call\}\} cannot be used for the input task/,
    );
    expect(invalid('=== user ===\n{{question}}', 'trace')).toMatch(/only for the state and debug tasks/);
  });

  it('rejects structural mistakes', () => {
    expect(invalid('hello\n=== user ===\nx')).toMatch(/my\.txt:1: text before the first section/);
    expect(invalid('=== user ===\na\n=== user ===\nb')).toMatch(/appears twice/);
    expect(invalid('=== prompt ===\na')).toMatch(/unknown section 'prompt'/);
    expect(invalid('=== system ===\na')).toMatch(/no '=== user ===' section/);
    expect(invalid('=== user ===\n{{examples}} {{code}}')).toMatch(/no '=== examples ===' section/);
    expect(invalid('=== user ===\n{{code}}\n=== examples ===\nex')).toMatch(/never used/);
    expect(invalid('=== user ===\n{{examples}}\n=== examples ===\n{{code}}')).toMatch(
      /in an examples section/,
    );
  });

  it('keeps escaped braces literal and says which mode lacks a section', () => {
    const template = parsePromptTemplate(
      '# comment\n=== user ===\n\n{{ code }}\nf"\\{{x}}"\n',
      'my.txt',
      'output',
    );
    expect(renderPrompt(template, callItem)).toEqual({ user: 'def f(xs):\n    return sorted(xs)\nf"{{x}}"' });
    const onlyScripts = parsePromptTemplate('=== user@script ===\n{{input}}', 'my.txt', 'output');
    expect(templateModes(onlyScripts)).toEqual(['script']);
    expect(() => renderPrompt(onlyScripts, callItem)).toThrow(
      /no user section for items run as function calls/,
    );
  });
});
