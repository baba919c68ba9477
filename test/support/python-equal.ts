import { spawnSync } from 'node:child_process';

const SCRIPT = `
import json, sys
pairs = json.load(sys.stdin)
out = []
for a, b in pairs:
    try:
        out.append(eval(a) == eval(b))
    except Exception as error:
        out.append(False)
print(json.dumps(out))
`;

/**
 * Value equality of Python literals as CPython decides it (1.0 == 1, quote style irrelevant), checked by
 * an independent python3 process, one call for all pairs.
 */
export function pythonValuesEqual(pairs: [string, string][]): boolean[] {
  const run = spawnSync('python3', ['-I', '-c', SCRIPT], {
    input: JSON.stringify(pairs),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as boolean[];
}
