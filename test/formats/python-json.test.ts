import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decodePythonString, dumps, loadsPython } from '../../src/formats/python-json.js';

/** Runs `script` in plain CPython with `data` as JSON on stdin and returns its JSON answer. */
function python<T>(script: string, data: unknown): T {
  const run = spawnSync('python3', ['-c', script], { input: JSON.stringify(data), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as T;
}

const TEXTS = [
  '[1, 2.5, -3e-05, "a"]',
  '{"k": [true, false, null], "\\u00e9": "x\\ny"}',
  '["tab\\there", "quote\\"", "back\\\\slash", "caf\\u00e9", "\\ud83d\\ude00"]',
  '[]',
  '{}',
  '  [1 ,2 ]  ',
  '"caf\u00e9 \u{1f600} \u007f"',
  "['a']",
  '[1, 2',
  '"a\tb"',
  '[1,]',
  'NaN',
  '[(1, 2)]',
  '01',
  '"\\x00"',
];

describe("Python's json, as SemCoder and CWM's code use it", () => {
  it('reads what json.loads reads and writes what json.dumps writes', () => {
    const expected = python<(string | null)[]>(
      'import json,sys\nout=[]\nfor t in json.load(sys.stdin):\n  try: out.append(json.dumps(json.loads(t)))\n  except Exception: out.append(None)\nprint(json.dumps(out))',
      TEXTS,
    );
    // Python accepts NaN; Python reprs never write it, so we read it as not JSON (the value stays a string).
    const ours = TEXTS.map((text) => {
      const value = loadsPython(text);
      return value ? dumps(value) : null;
    });
    expect(ours).toEqual(expected.map((text, i) => (TEXTS[i] === 'NaN' ? null : text)));
  });

  it('decodes str reprs as Python does', () => {
    const values = ['a\nb', "it's", 'both \' and "', '\x00\x7f\u00e9\u{1f600}', '\\', '\t\r'];
    const reprs = python<string[]>(
      'import json,sys\nprint(json.dumps([repr(v) for v in json.load(sys.stdin)]))',
      values,
    );
    expect(reprs.map(decodePythonString)).toEqual(values);
    expect(decodePythonString("'aaa'...")).toBeNull();
    expect(decodePythonString('abc')).toBeNull();
  });
});
