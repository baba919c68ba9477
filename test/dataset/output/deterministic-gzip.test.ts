import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deterministicGzip } from '../../../src/dataset/output/deterministic-gzip.js';

/** About 3 MiB of varied JSON lines, so the compressor crosses many internal blocks. */
function text(): Buffer {
  const lines: string[] = [];
  for (let i = 0; i < 40_000; i++)
    lines.push(
      `${JSON.stringify({ i, square: i * i, word: `w${(i * 7919) % 1013}`, pad: 'x'.repeat(i % 50) })}\n`,
    );
  return Buffer.from(lines.join(''), 'utf8');
}

function split(data: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < data.byteLength; at += size) out.push(data.subarray(at, at + size));
  return out;
}

describe('deterministicGzip', () => {
  it('gives the same bytes however the input is chunked, and decodes to the input', async () => {
    const data = text();
    const whole = await deterministicGzip([data]);
    for (const size of [1 << 20, 65_536, 4_093])
      expect((await deterministicGzip(split(data, size))).equals(whole)).toBe(true);
    expect(gunzipSync(whole).equals(data)).toBe(true);
    expect(whole[9]).toBe(255);
    expect(whole.readUInt32LE(4)).toBe(0);
  });

  it('compresses empty input to a valid empty gzip member', async () => {
    expect(gunzipSync(await deterministicGzip([])).byteLength).toBe(0);
  });
});
