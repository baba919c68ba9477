/**
 * What the real trace says, in the shape claims are checked against: each variable's value history (every
 * change, in execution order, across the program's frames), the returned values, and every loop's
 * iterations (per entry into the loop). Pure.
 */
import type { TraceStep } from '../../engine/types.js';

export interface ValueChange {
  step: number;
  repr: string;
}

export interface LoopEntry {
  /** Step index of each visit of the loop header that starts an iteration. */
  iterationStarts: number[];
  /** Step index where the loop was left (the header's last visit, or the step after). */
  end: number;
}

export interface Loop {
  line: number;
  bodyLines: Set<number>;
  /** Names assigned in the loop (header target included), to pick the loop a claim is about. */
  assigned: Set<string>;
  entries: LoopEntry[];
}

export interface TraceFacts {
  steps: readonly TraceStep[];
  variables: Set<string>;
  history: Map<string, ValueChange[]>;
  returns: string[];
  loops: Loop[];
}

function indentOf(line: string): number {
  return /^\s*/.exec(line)![0].length;
}

/** Loops in the source: header line, the lines of its body, the names assigned inside. */
export function findLoops(code: string): Omit<Loop, 'entries'>[] {
  const lines = code.split('\n');
  const loops: Omit<Loop, 'entries'>[] = [];
  lines.forEach((text, index) => {
    const header = /^(\s*)(for|while)\b(.*):\s*(#.*)?$/.exec(text);
    if (!header) return;
    const indent = indentOf(text);
    const body = new Set<number>();
    const assigned = new Set<string>();
    if (header[2] === 'for') {
      const target = /^\s*for\s+(.+?)\s+in\b/.exec(text)?.[1] ?? '';
      for (const name of target.matchAll(/[A-Za-z_]\w*/g)) assigned.add(name[0]);
    }
    for (let j = index + 1; j < lines.length; j += 1) {
      const line = lines[j]!;
      if (line.trim() === '' || line.trim().startsWith('#')) continue;
      if (indentOf(line) <= indent) break;
      body.add(j + 1);
      const assign = /^\s*([A-Za-z_][\w, ]*?)\s*(?:[-+*/%&|^]|\/\/|\*\*)?=(?!=)/.exec(line);
      if (assign) for (const name of assign[1]!.matchAll(/[A-Za-z_]\w*/g)) assigned.add(name[0]);
      const mutate =
        /^\s*([A-Za-z_]\w*)(?:\[[^\]]*\])*\.(?:append|add|extend|insert|update|pop|remove|setdefault)\(/.exec(
          line,
        );
      if (mutate) assigned.add(mutate[1]!);
      const item = /^\s*([A-Za-z_]\w*)\[[^\]]*\]\s*(?:[-+*/%]|\/\/)?=(?!=)/.exec(line);
      if (item) assigned.add(item[1]!);
      const inner = /^\s*for\s+(.+?)\s+in\b/.exec(line)?.[1];
      if (inner) for (const name of inner.matchAll(/[A-Za-z_]\w*/g)) assigned.add(name[0]);
    }
    loops.push({ line: index + 1, bodyLines: body, assigned });
  });
  return loops;
}

export function traceFacts(steps: readonly TraceStep[], code: string): TraceFacts {
  const history = new Map<string, ValueChange[]>();
  const last = new Map<string, string>();
  const returns: string[] = [];
  steps.forEach((step, index) => {
    if (step.func === '<module>') return;
    for (const [name, value] of Object.entries(step.locals)) {
      const frameKey = `${step.depth}:${step.func}:${name}`;
      if (last.get(frameKey) === value.repr) continue;
      last.set(frameKey, value.repr);
      const list = history.get(name) ?? [];
      if (list.at(-1)?.repr !== value.repr) list.push({ step: index, repr: value.repr });
      history.set(name, list);
    }
    if (step.event === 'return' && step.value) returns.push(step.value.repr);
  });
  const loops = findLoops(code).map((loop) => ({ ...loop, entries: loopEntries(steps, loop) }));
  return { steps, variables: new Set(history.keys()), history, returns, loops };
}

/** Iterations of one loop: a header visit followed (in the same frame) by a body line starts one. */
function loopEntries(steps: readonly TraceStep[], loop: Omit<Loop, 'entries'>): LoopEntry[] {
  const entries: LoopEntry[] = [];
  let current: LoopEntry | null = null;
  for (let i = 0; i < steps.length; i += 1) {
    const step = steps[i]!;
    if (step.event !== 'line' || step.line !== loop.line) continue;
    const next = steps.slice(i + 1).find((s) => s.event !== 'call' || s.depth === step.depth);
    const inBody = next !== undefined && next.depth === step.depth && loop.bodyLines.has(next.line);
    // A header visit that does not come from the body (or a previous header visit) starts a new entry.
    const previous = steps
      .slice(0, i)
      .reverse()
      .find((s) => s.depth === step.depth && s.event === 'line');
    const fromInside =
      previous !== undefined && (loop.bodyLines.has(previous.line) || previous.line === loop.line);
    if (!current || !fromInside) {
      current = { iterationStarts: [], end: i };
      entries.push(current);
    }
    if (inBody) current.iterationStarts.push(i);
    current.end = i;
  }
  return entries;
}
