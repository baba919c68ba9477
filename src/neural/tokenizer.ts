/**
 * The tokenizer trained with the model (python/semtrace_tokenizer.py), reimplemented exactly: the same
 * piece pattern, the same vocabulary, UTF-8 bytes for unknown pieces. The tests encode the same texts
 * with both and compare the ids.
 */
import { SemtraceError } from '../errors.js';

/** Must equal semtrace_tokenizer.PATTERN; a tokenizer file with another pattern is refused. */
export const PIECE_PATTERN =
  ' ?<[A-Za-z0-9_/]+>| ?[A-Za-z_][A-Za-z0-9_]*| ?[0-9]| ?[^ \\t\\n\\r\\f\\vA-Za-z0-9_]|\\n[ ]*|[ \\t\\r\\f\\v]+';

interface TokenizerFile {
  format: string;
  version: number;
  pattern: string;
  specials: string[];
  byteOffset: number;
  pieces: string[];
}

export class NeuralTokenizer {
  private readonly ids = new Map<string, number>();
  private readonly firstPiece: number;
  private readonly encoder = new TextEncoder();

  private constructor(
    private readonly pieces: readonly string[],
    private readonly byteOffset: number,
  ) {
    this.firstPiece = byteOffset + 256;
    pieces.forEach((piece, index) => {
      this.ids.set(piece, this.firstPiece + index);
    });
  }

  static fromJson(value: unknown, source: string): NeuralTokenizer {
    const file = value as Partial<TokenizerFile> | null;
    if (
      file?.format !== 'semtrace-tokenizer' ||
      file.version !== 1 ||
      file.pattern !== PIECE_PATTERN ||
      typeof file.byteOffset !== 'number' ||
      !Array.isArray(file.pieces)
    ) {
      throw new SemtraceError(
        'SEMTRACE_MODEL_INVALID',
        `${source} is not a tokenizer this version of semtrace reads; train the model again with \`semtrace train\``,
      );
    }
    return new NeuralTokenizer(file.pieces, file.byteOffset);
  }

  get size(): number {
    return this.firstPiece + this.pieces.length;
  }

  encode(text: string): number[] {
    const out: number[] = [];
    for (const [piece] of text.matchAll(new RegExp(PIECE_PATTERN, 'gu'))) {
      const id = this.ids.get(piece);
      if (id !== undefined) out.push(id);
      else for (const byte of this.encoder.encode(piece)) out.push(this.byteOffset + byte);
    }
    return out;
  }

  /** Ids back to text; special tokens are dropped, byte runs decoded as UTF-8 (bad bytes become U+FFFD). */
  decode(ids: readonly number[]): string {
    let out = '';
    let bytes: number[] = [];
    const flush = () => {
      if (bytes.length) out += new TextDecoder('utf-8').decode(Uint8Array.from(bytes));
      bytes = [];
    };
    for (const id of ids) {
      if (id >= this.firstPiece) {
        flush();
        out += this.pieces[id - this.firstPiece] ?? '';
      } else if (id >= this.byteOffset) bytes.push(id - this.byteOffset);
    }
    flush();
    return out;
  }
}
