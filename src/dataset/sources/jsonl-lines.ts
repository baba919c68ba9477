/**
 * Streams the lines of a `.jsonl` or `.jsonl.gz` file as raw bytes with their 1-based numbers. Lines
 * stay bytes until each is decoded on its own, so one line that is not UTF-8 is reported and skipped
 * while the rest of the file is still read (a text-mode reader would replace the bytes silently).
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { ReportProblem } from './source-program.js';
import { decodeUtf8, describe } from './utf8.js';

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

export interface JsonLine {
  line: number;
  /** The parsed JSON value of the line, whatever its shape: checking it is the caller's job. */
  record: unknown;
}

/**
 * The JSON value of every non-blank line of a `.jsonl` / `.jsonl.gz` file, with its 1-based number. A
 * line that is not UTF-8 or not JSON is reported and skipped; an unreadable or corrupt (gzip) file is
 * reported and ends the read, what was read so far standing. `label` names the file in that report
 * (`cannot read <label>: ...`), the path by default.
 */
export async function* readJsonLines(
  file: string,
  report: ReportProblem,
  label: string = file,
): AsyncGenerator<JsonLine> {
  const lines = readByteLines(file);
  for (;;) {
    let next: IteratorResult<ByteLine>;
    try {
      next = await lines.next();
    } catch (error) {
      report({ path: file, reason: 'unreadable', message: `cannot read ${label}: ${describe(error)}` });
      return;
    }
    if (next.done) return;
    const { line, bytes } = next.value;
    const text = decodeUtf8(bytes);
    if (text === null) {
      report({
        path: file,
        line,
        reason: 'not_utf8',
        message: `${file}:${line}: the line is not valid UTF-8`,
      });
      continue;
    }
    if (text.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      report({
        path: file,
        line,
        reason: 'bad_json',
        message: `${file}:${line}: not a JSON object (${reason})`,
      });
      continue;
    }
    yield { line, record };
  }
}
