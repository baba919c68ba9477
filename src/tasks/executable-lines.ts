/**
 * Lines of a Python program where a statement starts and CPython reports a line event when it runs.
 * Used to ask "does line N run?" about lines that did not run: only lines that *would* show in a trace
 * are fair questions. A text scan (brackets, strings, continuations), no parser: it leaves out lines
 * that never get an event (`else:`, `try:`, `finally:`, `global`, docstrings, `while True:`).
 */

const NO_EVENT = /^(?:else\s*:|try\s*:|finally\s*:|global\b|nonlocal\b|while\s+(?:True|1)\s*:|["'])/;

export function statementStartLines(code: string): number[] {
  const lines = code.split('\n');
  const starts: number[] = [];
  let depth = 0;
  let openString: string | null = null;
  let continued = false;
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!;
    const trimmed = text.trim();
    const startsStatement = depth === 0 && openString === null && !continued;
    if (startsStatement && trimmed !== '' && !trimmed.startsWith('#') && !NO_EVENT.test(trimmed)) {
      starts.push(index + 1);
    }
    ({ depth, openString } = scanLine(text, depth, openString));
    continued = openString === null && /\\\s*$/.test(text) && !trimmed.startsWith('#');
  }
  return starts;
}

/** Bracket depth and open triple-quoted string after one line. */
function scanLine(
  text: string,
  depth: number,
  openString: string | null,
): { depth: number; openString: string | null } {
  let index = 0;
  while (index < text.length) {
    if (openString !== null) {
      const close = text.indexOf(openString, index);
      if (close === -1) return { depth, openString };
      index = close + openString.length;
      openString = null;
      continue;
    }
    const char = text[index]!;
    if (char === '#') break;
    if (char === '"' || char === "'") {
      const triple = text.startsWith(char.repeat(3), index);
      if (triple) {
        openString = char.repeat(3);
        index += 3;
        continue;
      }
      index = skipShortString(text, index);
      continue;
    }
    if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth = Math.max(0, depth - 1);
    index++;
  }
  return { depth, openString };
}

function skipShortString(text: string, start: number): number {
  const quote = text[start]!;
  let index = start + 1;
  while (index < text.length && text[index] !== quote) index += text[index] === '\\' ? 2 : 1;
  return index + 1;
}
