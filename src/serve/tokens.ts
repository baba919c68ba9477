/**
 * Bearer tokens from a file: one per line, `name token` or just `token` (named by its line), `#` starts
 * a comment. Tokens are kept as SHA-256 digests so a lookup does not compare secrets byte by byte.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SemtraceError } from '../errors.js';

export type TokenTable = ReadonlyMap<string, string>;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export function parseTokens(text: string, file = 'the tokens file'): TokenTable {
  const table = new Map<string, string>();
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return;
    const parts = line.split(/\s+/);
    if (parts.length > 2)
      throw new SemtraceError(
        'SEMTRACE_BAD_OPTION',
        `${file} line ${index + 1}: expected "name token" or "token"`,
      );
    const [name, token] =
      parts.length === 2 ? (parts as [string, string]) : [`token-${index + 1}`, parts[0]!];
    if (token.length < 16)
      throw new SemtraceError(
        'SEMTRACE_BAD_OPTION',
        `${file} line ${index + 1}: a token needs at least 16 characters`,
      );
    table.set(digest(token), name);
  });
  if (table.size === 0)
    throw new SemtraceError('SEMTRACE_BAD_OPTION', `${file} holds no token; add one per line ("name token")`);
  return table;
}

export function loadTokens(path: string): TokenTable {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SemtraceError(
      'SEMTRACE_FILE_NOT_FOUND',
      `cannot read the tokens file ${path}: ${(error as Error).message}`,
    );
  }
  return parseTokens(text, path);
}

/** The token's name for an `Authorization: Bearer …` header, or null. */
export function callerFor(table: TokenTable, header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? (table.get(digest(match[1]!)) ?? null) : null;
}
