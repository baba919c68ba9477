import { inputParseError } from './parse-error.js';
import { type Token, tokenize } from './tokenizer.js';

/** A cursor over the tokens of one input, with the helpers every grammar rule needs. */
export class TokenStream {
  readonly source: string;
  private readonly tokens: Token[];
  private index = 0;

  constructor(source: string) {
    this.source = source;
    this.tokens = tokenize(source);
  }

  peek(ahead = 0): Token {
    const last = this.tokens[this.tokens.length - 1] as Token;
    return this.tokens[this.index + ahead] ?? last;
  }

  next(): Token {
    const token = this.peek();
    if (token.type !== 'end') this.index += 1;
    return token;
  }

  /** End offset of the most recently consumed token: where an expression that just ended stops. */
  lastEnd(): number {
    return this.tokens[this.index - 1]?.end ?? 0;
  }

  isOp(text: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.type === 'op' && token.text === text;
  }

  isName(text: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.type === 'name' && token.text === text;
  }

  acceptOp(text: string): boolean {
    if (!this.isOp(text)) return false;
    this.next();
    return true;
  }

  acceptName(text: string): boolean {
    if (!this.isName(text)) return false;
    this.next();
    return true;
  }

  expectOp(text: string, expected = `'${text}'`): Token {
    if (!this.isOp(text)) this.fail(expected);
    return this.next();
  }

  expectName(text: string): Token {
    if (!this.isName(text)) this.fail(`'${text}'`);
    return this.next();
  }

  /** Throws a positioned parse error for the current token. */
  fail(expected: string, token: Token = this.peek()): never {
    const found = token.type === 'end' ? 'end of input' : `'${token.text}'`;
    throw inputParseError(this.source, token.start, `expected ${expected}, found ${found}`);
  }

  failAt(offset: number, problem: string): never {
    throw inputParseError(this.source, offset, problem);
  }

  text(start: number, end: number): string {
    return this.source.slice(start, end);
  }
}
