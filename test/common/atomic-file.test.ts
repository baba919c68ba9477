import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomicSync } from '../../src/common/atomic-file.js';

const dir = mkdtempSync(join(tmpdir(), 'semtrace-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('synchronous atomic writes', () => {
  it('creates missing folders, replaces the old content whole and leaves no temporary file', () => {
    const target = join(dir, 'nested', 'entry.json');
    writeFileAtomicSync(target, '{"old":true}\n');
    writeFileAtomicSync(target, '{"new":true}\n');
    expect(readFileSync(target, 'utf8')).toBe('{"new":true}\n');
    expect(readdirSync(join(dir, 'nested'))).toEqual(['entry.json']);
  });

  it('keeps the old file and removes its temporary file when the write fails', () => {
    const target = join(dir, 'kept.json');
    writeFileAtomicSync(target, 'old\n');
    // A non-empty folder under the target's name makes the final rename fail after the data was written.
    writeFileAtomicSync(join(dir, 'folder', 'inside'), 'x');
    expect(() => writeFileAtomicSync(join(dir, 'folder'), 'x')).toThrow();
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(readdirSync(dir).filter((name) => name.startsWith('.tmp-'))).toEqual([]);
  });
});
