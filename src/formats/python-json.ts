/**
 * JSON as Python's `json` module reads and writes it, for formats whose released tools build their text
 * with `json.loads` / `json.dumps` (SemCoder, CWM). Writing follows `json.dumps` defaults exactly:
 * `", "` and `": "` separators, and `ensure_ascii` (every character outside space..`~` escaped, `\u` with
 * lowercase hex). Numbers keep their source text: they come from Python reprs, which are already the
 * text `json.dumps` would write for them.
 */

export type PyJson =
  | { kind: 'null' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'number'; text: string }
  | { kind: 'string'; value: string }
  | { kind: 'list'; items: PyJson[] }
  | { kind: 'object'; entries: Map<string, PyJson> };

export const pyString = (value: string): PyJson => ({ kind: 'string', value });

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** A string as `json.dumps` writes it (ensure_ascii): one `\uXXXX` per UTF-16 unit outside space..`~`. */
export function dumpsString(value: string): string {
  let out = '"';
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!;
    const code = value.charCodeAt(index);
    const short = SHORT_ESCAPES[char];
    if (short) out += short;
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return `${out}"`;
}

export function dumps(value: PyJson): string {
  switch (value.kind) {
    case 'null':
      return 'null';
    case 'bool':
      return value.value ? 'true' : 'false';
    case 'number':
      return value.text;
    case 'string':
      return dumpsString(value.value);
    case 'list':
      return `[${value.items.map(dumps).join(', ')}]`;
    case 'object':
      return `{${[...value.entries].map(([key, item]) => `${dumpsString(key)}: ${dumps(item)}`).join(', ')}}`;
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
const ESCAPED: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Parses `text` as `json.loads` does (strict: no raw control characters in strings), or null. */
export function loadsPython(text: string): PyJson | null {
  let at = 0;
  const skip = (): void => {
    WHITESPACE.lastIndex = at;
    WHITESPACE.exec(text);
    at = WHITESPACE.lastIndex;
  };
  const fail = (): never => {
    throw new SyntaxError('not JSON');
  };
  const parseString = (): string => {
    at++;
    let out = '';
    for (;;) {
      if (at >= text.length) fail();
      const char = text[at]!;
      if (char === '"') {
        at++;
        return out;
      }
      if (char.charCodeAt(0) < 0x20) fail();
      if (char !== '\\') {
        out += char;
        at++;
        continue;
      }
      const next = text[at + 1] ?? '';
      if (next === 'u') {
        const hex = text.slice(at + 2, at + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail();
        out += String.fromCharCode(Number.parseInt(hex, 16));
        at += 6;
      } else if (next in ESCAPED) {
        out += ESCAPED[next];
        at += 2;
      } else {
        fail();
      }
    }
  };
  const parseValue = (): PyJson => {
    skip();
    const char = text[at];
    if (char === '"') return pyString(parseString());
    if (char === '[') {
      at++;
      const items: PyJson[] = [];
      skip();
      if (text[at] === ']') {
        at++;
        return { kind: 'list', items };
      }
      for (;;) {
        items.push(parseValue());
        skip();
        if (text[at] === ',') at++;
        else if (text[at] === ']') {
          at++;
          return { kind: 'list', items };
        } else fail();
      }
    }
    if (char === '{') {
      at++;
      const entries = new Map<string, PyJson>();
      skip();
      if (text[at] === '}') {
        at++;
        return { kind: 'object', entries };
      }
      for (;;) {
        skip();
        if (text[at] !== '"') fail();
        const key = parseString();
        skip();
        if (text[at] !== ':') fail();
        at++;
        entries.set(key, parseValue());
        skip();
        if (text[at] === ',') at++;
        else if (text[at] === '}') {
          at++;
          return { kind: 'object', entries };
        } else fail();
      }
    }
    for (const [word, value] of [
      ['null', { kind: 'null' }],
      ['true', { kind: 'bool', value: true }],
      ['false', { kind: 'bool', value: false }],
    ] as const) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = at;
    const number = NUMBER.exec(text);
    if (!number) return fail();
    at = NUMBER.lastIndex;
    return { kind: 'number', text: number[0] };
  };
  try {
    const value = parseValue();
    skip();
    return at === text.length ? value : null;
  } catch {
    return null;
  }
}

const PY_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  n: '\n',
  r: '\r',
  t: '\t',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
};

/** The value of a Python `str` literal as `repr` writes it (`'a\nb'`), or null for anything else. */
export function decodePythonString(literal: string): string | null {
  const quote = literal[0];
  if ((quote !== "'" && quote !== '"') || literal.length < 2 || literal[literal.length - 1] !== quote) {
    return null;
  }
  let out = '';
  const end = literal.length - 1;
  for (let at = 1; at < end; at++) {
    const char = literal[at]!;
    if (char === quote) return null;
    if (char !== '\\') {
      out += char;
      continue;
    }
    const next = literal[at + 1];
    if (next === undefined || at + 1 >= end) return null;
    const width = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    if (width) {
      const hex = literal.slice(at + 2, at + 2 + width);
      if (hex.length !== width || !/^[0-9a-fA-F]+$/.test(hex) || at + 1 + width >= end) return null;
      out += String.fromCodePoint(Number.parseInt(hex, 16));
      at += 1 + width;
    } else if (next in PY_ESCAPES) {
      out += PY_ESCAPES[next];
      at++;
    } else {
      return null;
    }
  }
  return out;
}
