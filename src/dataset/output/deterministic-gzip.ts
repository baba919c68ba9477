/**
 * Gzip whose bytes depend only on the input. Node's zlib already writes no file name and a zero
 * modification time; the one header byte that still varies is the operating system code zlib was built
 * with (3 on Unix, 10 on Windows), so it is set to 255, "unknown", as RFC 1952 allows. Input is fed as
 * chunks so a large shard never has to be joined into one string; deflate without intermediate flushes
 * gives the same bytes however the input is split.
 */
import { constants, createGzip } from 'node:zlib';

/** A fixed level: output changes with the level, so it must not follow zlib's default. */
export const GZIP_LEVEL = 6;
const OS_BYTE_OFFSET = 9;
const OS_UNKNOWN = 255;

export async function deterministicGzip(chunks: Iterable<Uint8Array>): Promise<Buffer> {
  const gzip = createGzip({
    level: GZIP_LEVEL,
    memLevel: 8,
    windowBits: 15,
    strategy: constants.Z_DEFAULT_STRATEGY,
  });
  const output: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    gzip.on('data', (chunk: Buffer) => output.push(chunk));
    gzip.on('end', resolve);
    gzip.on('error', reject);
  });
  for (const chunk of chunks) {
    // Respect backpressure so the compressor's input queue stays small.
    if (!gzip.write(chunk)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end();
  await done;
  const compressed = Buffer.concat(output);
  compressed[OS_BYTE_OFFSET] = OS_UNKNOWN;
  return compressed;
}
