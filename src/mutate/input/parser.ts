import { foldConstructorCall } from './constructor-calls.js';
import { DisplayParser, type Node } from './display-parser.js';
import { decodeNumber } from './number-literal.js';
import { TokenStream } from './token-stream.js';
import { type PyArgs, type PyArgument, type PyValue, py } from './value.js';

const KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for ' +
    'from global if import in is lambda nonlocal not or pass raise return try while with yield'
  ).split(' '),
);
// Binary operator levels, loosest first; comparisons and boolean operators are handled separately.
const BINARY_LEVELS: readonly (readonly string[])[] = [
  ['|'],
  ['^'],
  ['&'],
  ['<<', '>>'],
  ['+', '-'],
  ['*', '/', '//', '%', '@'],
];
const COMPARISON_OPS = new Set(['<', '>', '==', '>=', '<=', '!=']);

/**
 * Parses the text written inside `f(...)` — positional then keyword arguments — into values. Literals
 * (everything `ast.literal_eval` accepts, plus `dict(a=1)`, `set()`, `float('inf')` and friends) become
 * typed values; other valid expressions become opaque `expr` values; invalid syntax throws
 * SEMTRACE_INPUT_PARSE_ERROR naming the column and what was expected.
 */
export function parseArgs(text: string): PyArgs {
  return new Parser(new TokenStream(text)).argumentList();
}

/** Parses a single Python value, such as a CRUXEval `output` field. */
export function parseValue(text: string): PyValue {
  const parser = new Parser(new TokenStream(text));
  const node = parser.expressionOrTuple();
  if (parser.stream.peek().type !== 'end') parser.stream.fail('end of input');
  return node.value;
}

/** Operator precedence, primaries (calls, subscripts, attributes) and atoms, over DisplayParser. */
export class Parser extends DisplayParser {
  argumentList(): PyArgs {
    const args: PyArgument[] = [];
    const s = this.stream;
    while (s.peek().type !== 'end') {
      if (s.isOp('*') || s.isOp('**')) s.failAt(s.peek().start, 'star arguments are not supported');
      const isKeyword = s.peek().type === 'name' && s.isOp('=', 1) && !KEYWORDS.has(s.peek().text);
      if (isKeyword) {
        const nameToken = s.next();
        const name = nameToken.text;
        s.next();
        if (args.some((arg) => arg.name === name))
          s.failAt(nameToken.start, `keyword argument '${name}' repeated`);
        args.push({ name, value: this.expression().value });
      } else {
        if (args.some((arg) => arg.name !== null)) s.fail('a keyword argument (positional follows keyword)');
        let node = this.expression();
        // A bare generator argument `f(x for x in y)` needs its own parentheses once printed with others.
        if (s.isName('for') || s.isName('async')) {
          this.comprehensionTail();
          node = this.opaque(node.start, s.lastEnd());
          node = { ...node, value: py.expr(`(${s.text(node.start, node.end)})`) };
        }
        args.push({ name: null, value: node.value });
      }
      if (!s.acceptOp(',')) break;
    }
    if (s.peek().type !== 'end') s.fail("',' or end of input");
    return args;
  }

  /** `a, b` without brackets is a tuple, as in an output field `1, 2`. */
  expressionOrTuple(): Node {
    const first = this.expression();
    if (!this.stream.isOp(',')) return first;
    const items = [first];
    while (this.stream.acceptOp(',') && this.stream.peek().type !== 'end') items.push(this.expression());
    return {
      value: py.tuple(items.map((item) => item.value)),
      start: first.start,
      end: this.stream.lastEnd(),
    };
  }

  expression(): Node {
    const s = this.stream;
    const start = s.peek().start;
    if (s.acceptName('lambda')) {
      let depth = 0;
      while (!(depth === 0 && s.isOp(':'))) {
        const token = s.next();
        if (token.type === 'end') s.fail("':' after lambda parameters", token);
        if (token.type === 'op' && '([{'.includes(token.text)) depth += 1;
        if (token.type === 'op' && ')]}'.includes(token.text)) depth -= 1;
      }
      s.next();
      this.expression();
      return this.opaque(start, s.lastEnd());
    }
    const condition = this.orTest();
    if (!s.acceptName('if')) return condition;
    this.orTest();
    s.expectName('else');
    this.expression();
    return this.opaque(start, s.lastEnd());
  }

  orTest(): Node {
    return this.booleanChain('or', () => this.andTest());
  }

  private andTest(): Node {
    return this.booleanChain('and', () => this.notTest());
  }

  private booleanChain(keyword: string, operand: () => Node): Node {
    const first = operand();
    if (!this.stream.isName(keyword)) return first;
    while (this.stream.acceptName(keyword)) operand();
    return this.opaque(first.start, this.stream.lastEnd());
  }

  private notTest(): Node {
    const start = this.stream.peek().start;
    if (!this.stream.acceptName('not')) return this.comparison();
    this.notTest();
    return this.opaque(start, this.stream.lastEnd());
  }

  private comparison(): Node {
    const s = this.stream;
    const first = this.binary(0);
    let compared = false;
    for (;;) {
      const token = s.peek();
      if (token.type === 'op' && COMPARISON_OPS.has(token.text)) {
        s.next();
      } else if (s.isName('in') || s.isName('is')) {
        s.next();
        if (token.text === 'is') s.acceptName('not');
      } else if (s.isName('not') && s.isName('in', 1)) {
        s.next();
        s.next();
      } else {
        break;
      }
      this.binary(0);
      compared = true;
    }
    return compared ? this.opaque(first.start, s.lastEnd()) : first;
  }

  binary(level: number): Node {
    const ops = BINARY_LEVELS[level];
    if (ops === undefined) return this.factor();
    const s = this.stream;
    let left = this.binary(level + 1);
    let count = 0;
    while (s.peek().type === 'op' && ops.includes(s.peek().text)) {
      const op = s.next().text;
      const right = this.binary(level + 1);
      count += 1;
      left = (count === 1 && foldComplexSum(left, op, right)) || this.opaque(left.start, right.end);
    }
    return left;
  }

  private factor(): Node {
    const s = this.stream;
    const token = s.peek();
    if (!(token.type === 'op' && ['-', '+', '~'].includes(token.text))) return this.power();
    s.next();
    const operand = this.factor();
    const value = token.text === '~' ? undefined : applySign(token.text, operand.value);
    return value ? { value, start: token.start, end: operand.end } : this.opaque(token.start, operand.end);
  }

  private power(): Node {
    const base = this.primary();
    if (!this.stream.acceptOp('**')) return base;
    const exponent = this.factor();
    return this.opaque(base.start, exponent.end);
  }

  /** An atom followed by `.name`, `(...)` and `[...]` trailers. */
  private primary(): Node {
    const s = this.stream;
    const atom = this.atom();
    let node = atom;
    let trailers = 0;
    for (;;) {
      if (s.acceptOp('.')) {
        if (s.peek().type !== 'name') s.fail('an attribute name');
        s.next();
      } else if (s.isOp('(')) {
        const args = this.callArguments();
        const folded = trailers === 0 && atom.name ? foldConstructorCall(atom.name, args) : undefined;
        trailers += 1;
        node = folded
          ? { value: folded, start: atom.start, end: s.lastEnd() }
          : this.opaque(atom.start, s.lastEnd());
        continue;
      } else if (s.acceptOp('[')) {
        this.subscript();
      } else {
        return node;
      }
      trailers += 1;
      node = this.opaque(atom.start, s.lastEnd());
    }
  }

  private callArguments(): PyArgument[] | undefined {
    const s = this.stream;
    s.expectOp('(');
    const args: PyArgument[] = [];
    let foldable = true;
    while (!s.isOp(')')) {
      if (s.acceptOp('*') || s.acceptOp('**')) foldable = false;
      const isKeyword = s.peek().type === 'name' && s.isOp('=', 1);
      const name = isKeyword ? s.next().text : null;
      if (isKeyword) s.next();
      args.push({ name, value: this.expression().value });
      if (s.isName('for') || s.isName('async')) {
        this.comprehensionTail();
        foldable = false;
      }
      if (!s.acceptOp(',')) break;
    }
    s.expectOp(')', "',' or ')'");
    return foldable ? args : undefined;
  }

  private subscript(): void {
    const s = this.stream;
    do {
      if (s.isOp(']')) break;
      if (!s.isOp(':')) this.expression();
      while (s.acceptOp(':')) if (!s.isOp(':') && !s.isOp(']') && !s.isOp(',')) this.expression();
    } while (s.acceptOp(','));
    s.expectOp(']', "',' or ']'");
  }

  private atom(): Node {
    const s = this.stream;
    const token = s.peek();
    if (token.type === 'number') {
      s.next();
      const value = decodeNumber(token.text);
      return { value, start: token.start, end: token.end, imaginary: value.kind === 'complex' };
    }
    if (token.type === 'string') return this.strings();
    if (token.type === 'name') {
      s.next();
      const span = { start: token.start, end: token.end };
      if (token.text === 'True' || token.text === 'False')
        return { value: py.bool(token.text === 'True'), ...span };
      if (token.text === 'None') return { value: py.none(), ...span };
      if (KEYWORDS.has(token.text)) s.fail('a value', token);
      return { ...this.opaque(token.start, token.end), name: token.text };
    }
    if (s.acceptOp('...')) return this.opaque(token.start, token.end);
    if (token.type === 'op' && token.text === '(') return this.parenthesised();
    if (token.type === 'op' && token.text === '[') return this.listDisplay();
    if (token.type === 'op' && token.text === '{') return this.braceDisplay();
    return s.fail('a value');
  }
}

function applySign(op: string, value: PyValue): PyValue | undefined {
  const sign = op === '-' ? -1 : 1;
  if (value.kind === 'int') return py.int(op === '-' ? -value.value : value.value);
  if (value.kind === 'float') return py.float(sign * value.value);
  if (value.kind === 'complex') return py.complex(sign * value.real, sign * value.imag);
  return undefined;
}

/** `1 + 2j` and `-1.5 - 2j`: a real number and a bare imaginary literal fold into one complex value. */
function foldComplexSum(left: Node, op: string, right: Node): Node | undefined {
  if ((op !== '+' && op !== '-') || !right.imaginary || right.value.kind !== 'complex') return undefined;
  if (left.value.kind !== 'int' && left.value.kind !== 'float') return undefined;
  // Python widens the real operand to complex(x, 0.0) first, so signed zeros come out as it computes them.
  const leftReal = Number(left.value.value);
  const real = op === '+' ? leftReal + right.value.real : leftReal - right.value.real;
  const imag = op === '+' ? 0 + right.value.imag : 0 - right.value.imag;
  return { value: py.complex(real, imag), start: left.start, end: right.end };
}
