/**
 * Streams the lines of a `.jsonl` or `.jsonl.gz` file as raw bytes with their 1-based numbers. Lines
 * stay bytes until each is decoded on its own, so one line that is not UTF-8 is reported and skipped
 * while the rest of the file is still read (a text-mode reader would replace the bytes silently).
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

export interface ByteLine {
  line: number;
  bytes: Buffer;
}

export async function* readByteLines(file: string): AsyncGenerator<ByteLine> {
  const raw = createReadStream(file);
  const stream: Readable = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  // A failed open or corrupt gzip data is raised from the loop below; piping does not forward raw errors.
  raw.on('error', (error) => stream.destroy(error));
  let pending: Buffer[] = [];
  let line = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let start = 0;
      for (let end = chunk.indexOf(0x0a); end !== -1; end = chunk.indexOf(0x0a, start)) {
        pending.push(chunk.subarray(start, end));
        line += 1;
        yield { line, bytes: withoutCarriageReturn(Buffer.concat(pending)) };
        pending = [];
        start = end + 1;
      }
      if (start < chunk.length) pending.push(chunk.subarray(start));
    }
  } finally {
    raw.destroy();
  }
  if (pending.length > 0) yield { line: line + 1, bytes: withoutCarriageReturn(Buffer.concat(pending)) };
}

function withoutCarriageReturn(bytes: Buffer): Buffer {
  return bytes.at(-1) === 0x0d ? bytes.subarray(0, -1) : bytes;
}
