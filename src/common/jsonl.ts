/**
 * The one streaming reader of JSON-lines files (`.jsonl`, and `.jsonl.gz` decompressed on the fly) that
 * sources, shards, chunks, task files and the viewer all read through. Lines stay bytes until each is
 * decoded on its own, so a line that is not UTF-8 is one problem, not a silently altered record; memory
 * stays at one line. What happens to a bad line is the caller's error policy: `onProblem` records it and
 * the read goes on (an unreadable file ends the read), or — without `onProblem` — the read throws.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { SemtraceError } from '../errors.js';
import { decodeUtf8, describeFileError } from './text-file.js';

export interface ByteLine {
  /** 1-based line number. */
  line: number;
  bytes: Buffer;
}

export interface TextLine {
  line: number;
  text: string;
}

export interface JsonLine {
  line: number;
  /** The parsed value of the line, whatever its shape: checking it is the caller's job. */
  value: unknown;
}

export interface LineProblem {
  /** Absent when the whole file could not be read. */
  line?: number;
  reason: 'unreadable' | 'not_utf8' | 'bad_json';
  message: string;
}

export interface JsonlReadOptions {
  /** Decompress with gzip; by default when the name ends in `.gz`. */
  gzip?: boolean;
  /** How the unreadable-file problem names the file (`cannot read <label>: …`); the path by default. */
  label?: string;
  /** Record a problem and go on; without it the first problem is thrown (file errors as they are). */
  onProblem?: (problem: LineProblem) => void;
  /** What a thrown bad-line error tells the user to do. */
  hint?: string;
}

/** The raw lines of a file; a file ending in a newline has no empty last line, and `\r\n` counts as one. */
export async function* readByteLines(file: string, gzip = file.endsWith('.gz')): AsyncGenerator<ByteLine> {
  const raw = createReadStream(file);
  const stream: Readable = gzip ? raw.pipe(createGunzip()) : raw;
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
    stream.destroy();
  }
  if (pending.length > 0) yield { line: line + 1, bytes: withoutCarriageReturn(Buffer.concat(pending)) };
}

function withoutCarriageReturn(bytes: Buffer): Buffer {
  return bytes.at(-1) === 0x0d ? bytes.subarray(0, -1) : bytes;
}

function badLine(problem: LineProblem, hint: string | undefined): SemtraceError {
  return new SemtraceError('SEMTRACE_BAD_DATA', hint ? `${problem.message}; ${hint}` : problem.message);
}

/** Every line as strict UTF-8 text, blank lines included. */
export async function* readTextLines(file: string, options: JsonlReadOptions = {}): AsyncGenerator<TextLine> {
  const label = options.label ?? file;
  const lines = readByteLines(file, options.gzip);
  for (;;) {
    let next: IteratorResult<ByteLine>;
    try {
      next = await lines.next();
    } catch (error) {
      if (!options.onProblem) throw error;
      options.onProblem({
        reason: 'unreadable',
        message: `cannot read ${label}: ${describeFileError(error)}`,
      });
      return;
    }
    if (next.done) return;
    const { line, bytes } = next.value;
    const text = decodeUtf8(bytes);
    if (text === null) {
      const problem: LineProblem = {
        line,
        reason: 'not_utf8',
        message: `${file}:${line}: the line is not valid UTF-8`,
      };
      if (!options.onProblem) throw badLine(problem, options.hint);
      options.onProblem(problem);
      continue;
    }
    yield { line, text };
  }
}

/** The JSON value of every non-blank line. */
export async function* readJsonLines(file: string, options: JsonlReadOptions = {}): AsyncGenerator<JsonLine> {
  for await (const { line, text } of readTextLines(file, options)) {
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const problem: LineProblem = {
        line,
        reason: 'bad_json',
        message: `${file}:${line}: not valid JSON (${(error as Error).message})`,
      };
      if (!options.onProblem) throw badLine(problem, options.hint);
      options.onProblem(problem);
      continue;
    }
    yield { line, value };
  }
}
