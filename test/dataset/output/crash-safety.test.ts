/**
 * A final shard name must never hold a half-written file: not while the writer works, not after it is
 * killed, not after abort(). Files are checked for completeness by content, not by trusting the writer.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parquetMetadata } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/common/atomic-file.js';
import { createDatasetWriter } from '../../../src/dataset/output/dataset-writer.js';
import { repoRoot } from '../../support/paths.js';
import { useSampleDatasets } from '../support/sample-datasets.js';

const fixture = useSampleDatasets({ train: 8, dev: 0, test: 0 });
const { freshDir } = fixture;

/** Records in a shard named `<split>-i-of-n.<ext>`, given the shard size and split size. */
function expectedRecords(name: string, shardSize: number, splitSize: number): number {
  const match = /-(\d{5})-of-(\d{5})\./.exec(name)!;
  const index = Number(match[1]);
  return Math.min(shardSize, splitSize - index * shardSize);
}

/** Throws unless every final-named file under data/ is complete; returns how many temp files it saw. */
async function checkFinalFiles(
  dir: string,
  shardSize: number,
  splitSize: number,
): Promise<{ temp: number; final: number }> {
  let names: string[];
  try {
    names = await readdir(join(dir, 'data'));
  } catch {
    return { temp: 0, final: 0 };
  }
  let temp = 0;
  let final = 0;
  for (const name of names) {
    if (name.startsWith('.tmp-')) {
      temp++;
      continue;
    }
    final++;
    const bytes = await readFile(join(dir, 'data', name));
    const records = expectedRecords(name, shardSize, splitSize);
    if (name.endsWith('.jsonl')) {
      const text = bytes.toString('utf8');
      if (!text.endsWith('\n') || text.split('\n').length - 1 !== records)
        throw new Error(`${name} is incomplete under its final name`);
      for (const line of text.trimEnd().split('\n')) JSON.parse(line);
    } else {
      const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      if (Number(parquetMetadata(file).num_rows) !== records)
        throw new Error(`${name} has the wrong row count`);
    }
  }
  return { temp, final };
}

describe('crash safety', () => {
  it('never shows a partial file under a final name while writing', async () => {
    const dir = await freshDir();
    const total = 400;
    const writer = createDatasetWriter(
      { dir, shardSize: 50, gzip: false, parquet: true, formats: ['json', 'semcoder-concise'] },
      [{ split: 'train', records: total }],
    );
    let done = false;
    let tempSeen = 0;
    let checks = 0;
    const watcher = (async () => {
      while (!done) {
        tempSeen += (await checkFinalFiles(dir, 50, total)).temp;
        checks++;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    for (let i = 0; i < total; i++)
      await writer.write({ ...fixture.samples[i % fixture.samples.length]!, id: `id${i}` });
    await writer.close();
    done = true;
    await watcher;
    expect(checks).toBeGreaterThan(10);
    expect(tempSeen).toBeGreaterThan(0);
    expect(await checkFinalFiles(dir, 50, total)).toEqual({ temp: 0, final: 16 });
  });

  it('leaves only complete files under final names when the process is killed mid-build', async () => {
    const samplesFile = join(await freshDir(), 'samples.json');
    await writeFile(samplesFile, JSON.stringify(fixture.samples));
    const script = `
      import { readFileSync } from 'node:fs';
      import { createDatasetWriter } from ${JSON.stringify(`${repoRoot}src/dataset/output/dataset-writer.ts`)};
      const [dir, file] = process.argv.slice(-2);
      const samples = JSON.parse(readFileSync(file, 'utf8'));
      const writer = createDatasetWriter({ dir, shardSize: 20, gzip: false, parquet: true, formats: ['json', 'semcoder-concise'] }, [{ split: 'train', records: 100000 }]);
      for (let i = 0; i < 100000; i++) {
        await writer.write({ ...samples[i % samples.length], id: 'id' + i });
        if (i % 20 === 19) process.stdout.write('.');
      }`;
    for (const shardsBeforeKill of [1, 3, 6]) {
      const dir = await freshDir();
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script, '--', dir, samplesFile],
        {
          cwd: repoRoot,
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      await new Promise<void>((resolve, reject) => {
        let dots = 0;
        child.stdout.on('data', (chunk: Buffer) => {
          dots += chunk.length;
          if (dots >= shardsBeforeKill) {
            child.kill('SIGKILL');
            resolve();
          }
        });
        child.on('exit', (code) =>
          code === 0 ? reject(new Error('writer finished before the kill')) : resolve(),
        );
      });
      await new Promise((resolve) => child.on('close', resolve));
      const { final } = await checkFinalFiles(dir, 20, 100000);
      expect(final).toBeGreaterThanOrEqual(shardsBeforeKill);
    }
  });

  it('abort() mid-shard leaves neither the partial shard nor the finished ones', async () => {
    const dir = await freshDir();
    const writer = createDatasetWriter(
      { dir, shardSize: 3, gzip: true, parquet: true, formats: ['json', 'semcoder-concise'] },
      [{ split: 'train', records: 8 }],
    );
    for (const sample of fixture.samples.slice(0, 7)) await writer.write(sample);
    expect((await readdir(join(dir, 'data'))).sort()).toEqual([
      'train-00000-of-00003.jsonl.gz',
      'train-00000-of-00003.parquet',
      'train-00001-of-00003.jsonl.gz',
      'train-00001-of-00003.parquet',
    ]);
    await writer.abort();
    expect(await readdir(join(dir, 'data'))).toEqual([]);
    await expect(writer.write(fixture.samples[7]!)).rejects.toThrow(/writer is aborted/);
  });

  it('a write that fails part-way removes its temporary file and keeps the old final file', async () => {
    const dir = await freshDir();
    const target = join(dir, 'state.json');
    await writeFileAtomic(target, ['{"old": true}\n']);
    // The second chunk is not bytes: the failure comes after the first chunk reached the temporary file.
    const broken = ['{"new": ', 42 as unknown as string];
    await expect(writeFileAtomic(target, broken)).rejects.toThrow();
    expect(await readFile(target, 'utf8')).toBe('{"old": true}\n');
    expect(await readdir(dir)).toEqual(['state.json']);
  });
});
