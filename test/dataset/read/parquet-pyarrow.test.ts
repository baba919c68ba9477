/**
 * The Parquet shards must be readable by the Python data stack (pyarrow backs pandas and Hugging Face
 * `datasets`). Runs when a Python with pyarrow is available: `python3`, or the one named by
 * SEMTRACE_TEST_PYARROW_PYTHON; skipped otherwise.
 */
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Sample } from '../../../src/dataset/types.js';
import { hasPyarrow, pyarrowPython as python } from '../../support/requirements.js';
import { makeSamples } from '../support/sample-from-run.js';
import { temporaryDir, writeTestDataset } from '../support/write-test-dataset.js';

// Rebuilds Samples from pyarrow's rows with the column mapping a Python user would write by hand.
const toSamples = `
import json, sys
import pyarrow.parquet as pq
formats = ['json', 'codeexecutor', 'next', 'semcoder', 'semcoder-concise', 'cwm', 'cruxeval',
           'codeexecutor-full', 'semcoder-full', 'semcoder-full-concise', 'cwm-full']
out = []
for path in sys.argv[1:]:
    table = pq.read_table(path)
    assert table.schema.field('trace_length').type == 'int32', table.schema
    for r in table.to_pylist():
        renders = {}
        for name in formats:
            value = r.get('render_' + name.replace('-', '_'))
            if value is not None:
                renders[name] = value
        out.append({
            'id': r['id'], 'sourceId': r['source_id'], 'split': r['split'], 'level': r['level'],
            'code': r['code'], 'mode': r['mode'],
            'input': {k: v for k, v in (('stdin', r['input_stdin']), ('call', r['input_call'])) if v is not None},
            'inputOrigin': r['input_origin'],
            'mutation': None if r['mutation'] is None else json.loads(r['mutation']),
            'python': r['python'], 'backend': r['backend'], 'status': r['status'],
            'output': {'stdout': r['stdout'], 'returnRepr': r['return_repr'], 'returnType': r['return_type'],
                       'exception': None if r['exception'] is None else json.loads(r['exception'])},
            'trace': json.loads(r['trace']), 'traceLength': r['trace_length'], 'renders': renders,
        })
print(json.dumps(out))
`;

let dir: string | undefined;

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!hasPyarrow)('Parquet shards read by pyarrow', () => {
  it('give back every sample written', async () => {
    const samples: Sample[] = await makeSamples({ train: 9, dev: 3, test: 2 });
    dir = await temporaryDir();
    const manifest = await writeTestDataset(dir, samples, { shardSize: 4 });
    const paths = manifest.shards.filter((s) => s.format === 'parquet').map((s) => join(dir!, s.path));
    const run = spawnSync(python, ['-c', toSamples, ...paths], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(samples);
  });
});
