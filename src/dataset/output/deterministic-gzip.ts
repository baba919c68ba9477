/**
 * Gzip whose bytes depend only on the input. Node's zlib already writes no file name and a zero
 * modification time; the one header byte that still varies is the operating system code zlib was built
 * with (3 on Unix, 10 on Windows), so it is set to 255, "unknown", as RFC 1952 allows. Input is fed as
 * chunks so a large shard never has to be joined into one string; deflate without intermediate flushes
 * gives the same bytes however the input is split, and however the output is cut into chunks.
 */
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { constants, createGzip } from 'node:zlib';

/** A fixed level: output changes with the level, so it must not follow zlib's default. */
export const GZIP_LEVEL = 6;
const OS_BYTE_OFFSET = 9;
const OS_UNKNOWN = 255;

/** A gzip stream being written: compressed bytes go to the sink as they are produced. */
export interface DeterministicGzipStream {
  /** Compresses `chunk`; resolves once the compressor can take more (backpressure). */
  write(chunk: Uint8Array): Promise<void>;
  /** Ends the stream and resolves once every compressed byte reached the sink. */
  end(): Promise<void>;
  /** Stops compressing; nothing more reaches the sink. */
  destroy(): void;
}

/**
 * Starts a deterministic gzip stream whose output goes, in order, to `sink`; the next output chunk is
 * not handed over before the sink's promise resolves, so a slow sink holds the compressor back.
 */
export function createDeterministicGzip(sink: (chunk: Buffer) => Promise<void>): DeterministicGzipStream {
  const gzip = createGzip({
    level: GZIP_LEVEL,
    memLevel: 8,
    windowBits: 15,
    strategy: constants.Z_DEFAULT_STRATEGY,
  });
  let offset = 0;
  const done = pipeline(gzip, async (output: AsyncIterable<Buffer>) => {
    for await (const chunk of output) {
      if (offset <= OS_BYTE_OFFSET && OS_BYTE_OFFSET < offset + chunk.byteLength)
        chunk[OS_BYTE_OFFSET - offset] = OS_UNKNOWN;
      offset += chunk.byteLength;
      await sink(chunk);
    }
  });
  // Observed by write() and end(); a destroyed stream's rejection is expected and not an error.
  done.catch(() => undefined);
  return {
    async write(chunk) {
      if (!gzip.write(chunk)) await Promise.race([once(gzip, 'drain'), done]);
    },
    async end() {
      gzip.end();
      await done;
    },
    destroy() {
      gzip.destroy();
    },
  };
}

export async function deterministicGzip(chunks: Iterable<Uint8Array>): Promise<Buffer> {
  const output: Buffer[] = [];
  const gzip = createDeterministicGzip(async (chunk) => {
    output.push(chunk);
  });
  for (const chunk of chunks) await gzip.write(chunk);
  await gzip.end();
  return Buffer.concat(output);
}
