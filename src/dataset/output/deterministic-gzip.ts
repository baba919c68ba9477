/**
 * Gzip whose bytes depend only on the input. Node's zlib already writes no file name and a zero
 * modification time; the one header byte that still varies is the operating system code zlib was built
 * with (3 on Unix, 10 on Windows), so it is set to 255, "unknown", as RFC 1952 allows.
 */
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** A fixed level: output changes with the level, so it must not follow zlib's default. */
export const GZIP_LEVEL = 6;
const OS_BYTE_OFFSET = 9;
const OS_UNKNOWN = 255;

export async function deterministicGzip(data: Uint8Array): Promise<Buffer> {
  const compressed = await gzipAsync(data, {
    level: GZIP_LEVEL,
    memLevel: 8,
    windowBits: 15,
    strategy: constants.Z_DEFAULT_STRATEGY,
  });
  compressed[OS_BYTE_OFFSET] = OS_UNKNOWN;
  return compressed;
}
