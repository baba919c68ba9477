import type { FormatName } from '../../src/dataset/types.js';
import { type ProgramRun, program } from './support.js';

/** The programs whose renders docs/formats.md shows; docs.test.ts checks the page still matches them. */
export interface DocExample {
  format: FormatName;
  code: string;
  run: ProgramRun;
}

const evenSum = program(
  'def f(nums):',
  '    total = 0',
  '    for n in nums:',
  '        if n % 2 == 0:',
  '            total += n',
  '    return total',
);
const factorial = program(
  'def fact(n):',
  '    return 1 if n <= 1 else n * fact(n - 1)',
  'k = int(input())',
  'print(k, fact(k))',
);

const reverse = program(
  'def f(s):',
  '    out = ""',
  '    for ch in s:',
  '        out = ch + out',
  '    return out',
);
const ratioCall = program(
  'def ratio(a, b):',
  '    return a / b',
  '',
  'def f(x):',
  '    r = ratio(x, 3)',
  '    return ratio(r, 0)',
);

export const DOC_EXAMPLES: DocExample[] = [
  { format: 'json', code: program('words = "a bb".split()', 'n = len(words)'), run: {} },
  { format: 'codeexecutor', code: factorial, run: { stdin: '3\n' } },
  { format: 'codeexecutor-full', code: evenSum, run: { call: 'f([3, 4])' } },
  { format: 'next', code: evenSum, run: { call: 'f([3, 4, 6, 7, 8])' } },
  { format: 'semcoder', code: reverse, run: { call: 'f("abc")' } },
  { format: 'semcoder-concise', code: evenSum, run: { call: 'f([3, 4, 6, 7, 8])' } },
  { format: 'semcoder-full', code: reverse, run: { call: 'f("abc")' } },
  { format: 'semcoder-full-concise', code: evenSum, run: { call: 'f([3, 4, 6, 7, 8])' } },
  { format: 'cwm', code: ratioCall, run: { call: 'f(6)' } },
  {
    format: 'cwm-full',
    code: program('def ratio(a, b):', '    return a / b', 'r = ratio(6, 3)', 's = ratio(1, 0)'),
    run: {},
  },
  { format: 'cruxeval', code: evenSum, run: { call: 'f([3, 4, 6, 7, 8])' } },
  { format: 'cruxeval', code: factorial, run: { stdin: '3\n' } },
];
