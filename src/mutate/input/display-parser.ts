import { buildDict, buildSet } from './displays.js';
import { decodeStringToken } from './string-literal.js';
import type { TokenStream } from './token-stream.js';
import { type Node, type PyValue, py } from './value.js';

export type { Node };

/**
 * The bracketed half of the grammar: string concatenation and the list, tuple, set and dict displays
 * (including comprehensions, which become opaque). The operator half lives in the Parser subclass.
 */
export abstract class DisplayParser {
  constructor(readonly stream: TokenStream) {}

  abstract expression(): Node;
  abstract orTest(): Node;
  abstract binary(level: number): Node;

  protected opaque(start: number, end: number): Node {
    return { value: py.expr(this.stream.text(start, end)), start, end };
  }

  /** `for target in iterable [if condition]...`, after the first element of a comprehension. */
  comprehensionTail(): void {
    const s = this.stream;
    while (s.isName('for') || s.isName('async')) {
      s.acceptName('async');
      s.expectName('for');
      do this.binary(0);
      while (s.acceptOp(',') && !s.isName('in'));
      s.expectName('in');
      this.orTest();
      while (s.acceptName('if')) this.orTest();
    }
  }

  /** Adjacent string literals concatenate; mixing bytes with str is a syntax error, as in Python. */
  protected strings(): Node {
    const s = this.stream;
    const first = s.peek();
    const parts = [];
    while (s.peek().type === 'string') parts.push(decodeStringToken(s.source, s.next()));
    const end = s.lastEnd();
    if (parts.some((part) => part.kind === 'fstring')) return this.opaque(first.start, end);
    const isBytes = parts[0]?.kind === 'bytes';
    if (parts.some((part) => (part.kind === 'bytes') !== isBytes)) {
      s.failAt(first.start, 'cannot mix bytes and nonbytes literals');
    }
    const value = isBytes
      ? py.bytes(parts.flatMap((part) => (part.kind === 'bytes' ? part.value : [])))
      : py.str(parts.map((part) => (part.kind === 'str' ? part.value : '')).join(''));
    return { value, start: first.start, end };
  }

  /** Elements up to `closer`; returns null when the display turns out to be a comprehension. */
  elements(closer: string, first?: Node): Node[] | null {
    const s = this.stream;
    const items: Node[] = first ? [first] : [];
    if (first && !s.acceptOp(',')) {
      s.expectOp(closer, `',' or '${closer}'`);
      return items;
    }
    while (!s.isOp(closer)) {
      items.push(this.element());
      if (items.length === 1 && (s.isName('for') || s.isName('async'))) {
        this.comprehensionTail();
        s.expectOp(closer, `'${closer}'`);
        return null;
      }
      if (!s.acceptOp(',')) break;
    }
    s.expectOp(closer, `',' or '${closer}'`);
    return items;
  }

  element(): Node {
    const start = this.stream.peek().start;
    if (!this.stream.acceptOp('*')) return this.expression();
    this.binary(0);
    return { ...this.opaque(start, this.stream.lastEnd()), starred: true };
  }

  protected parenthesised(): Node {
    const s = this.stream;
    const open = s.next();
    if (s.acceptOp(')')) return { value: py.tuple([]), start: open.start, end: s.lastEnd() };
    const first = this.element();
    if (s.isName('for') || s.isName('async')) {
      this.comprehensionTail();
      s.expectOp(')');
      return this.opaque(open.start, s.lastEnd());
    }
    if (s.acceptOp(')')) {
      // Keep the parentheses on an opaque inner expression so it stays valid wherever it is printed.
      if (first.value.kind === 'expr' || first.starred) return this.opaque(open.start, s.lastEnd());
      return { value: first.value, start: open.start, end: s.lastEnd() };
    }
    const items = this.elements(')', first) as Node[];
    return this.display(items, open.start, (values) => py.tuple(values));
  }

  protected listDisplay(): Node {
    const open = this.stream.next();
    const items = this.elements(']');
    if (items === null) return this.opaque(open.start, this.stream.lastEnd());
    return this.display(items, open.start, (values) => py.list(values));
  }

  protected braceDisplay(): Node {
    const s = this.stream;
    const open = s.next();
    if (s.acceptOp('}')) return { value: py.dict([]), start: open.start, end: s.lastEnd() };
    if (s.isOp('**')) return this.skipBraces(open.start);
    const first = this.element();
    if (!s.acceptOp(':')) {
      const items = this.elements('}', first);
      if (items === null) return this.opaque(open.start, s.lastEnd());
      return this.display(items, open.start, (values) => buildSet(s, values, items));
    }
    const entries: { key: Node; value: Node }[] = [{ key: first, value: this.expression() }];
    if (s.isName('for') || s.isName('async')) {
      this.comprehensionTail();
      s.expectOp('}');
      return this.opaque(open.start, s.lastEnd());
    }
    while (s.acceptOp(',') && !s.isOp('}')) {
      if (s.isOp('**')) return this.skipBraces(open.start);
      const key = this.expression();
      s.expectOp(':', "':' after a dict key");
      entries.push({ key, value: this.expression() });
    }
    s.expectOp('}', "',' or '}'");
    return { value: buildDict(s, entries), start: open.start, end: s.lastEnd() };
  }

  /** A dict display with `**spread` cannot be folded; consume the rest of it as an opaque expression. */
  private skipBraces(start: number): Node {
    const s = this.stream;
    while (!s.isOp('}')) {
      if (s.acceptOp('**')) {
        this.binary(0);
      } else {
        this.expression();
        s.expectOp(':', "':' after a dict key");
        this.expression();
      }
      if (!s.acceptOp(',')) break;
    }
    s.expectOp('}', "',' or '}'");
    return this.opaque(start, s.lastEnd());
  }

  private display(items: Node[], start: number, build: (values: PyValue[]) => PyValue): Node {
    const end = this.stream.lastEnd();
    if (items.some((item) => item.starred)) return this.opaque(start, end);
    return { value: build(items.map((item) => item.value)), start, end };
  }
}
