import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../../src/dataset/sources/index.js';

const LINES = 50_000;

describe('a large JSONL corpus', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'semtrace-stream-'));
    file = join(dir, 'big.jsonl');
    const out = createWriteStream(file);
    for (let i = 0; i < LINES; i += 1) {
      const record = { id: `p${i}`, code: `n = int(input())\nprint(n * ${i})\n`, stdin: `${i}\n` };
      if (!out.write(`${JSON.stringify(record)}\n`))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    out.end();
    await finished(out);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('streams every line in file order without holding the corpus', async () => {
    let count = 0;
    let firstHeap = 0;
    let peakHeap = 0;
    for await (const program of readSources([file])) {
      expect(program.sourceId).toBe(`big:p${count}`);
      expect(program.origin.line).toBe(count + 1);
      expect(program.inputs).toEqual([{ stdin: `${count}\n` }]);
      count += 1;
      if (count === 1000) firstHeap = process.memoryUsage().heapUsed;
      if (count % 5000 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }
    expect(count).toBe(LINES);
    // Only the set of ids grows (a few MB); a reader that kept records would hold far more.
    expect(peakHeap - firstHeap).toBeLessThan(64 * 1024 * 1024);
  });
});
