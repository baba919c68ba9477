/** The stepper's per-step model against real traces from the engine, checked with naive reference scans. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/engine.js';
import type { TraceStep } from '../../src/engine/types.js';
import { TraceModel } from '../../src/viewer/app/model/trace-model.js';

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ backend: 'native', workers: 1 });
});
afterAll(async () => engine?.close());

const RECURSIVE = `def fact(n):
    if n <= 1:
        return 1
    rest = fact(n - 1)
    return n * rest

def twice(x):
    y = fact(x)
    return y + fact(x - 1)

print(twice(4))
`;

/** The locals the frame at `depth` had when step `index` ran: its last event at that depth, found by scanning back. */
function lastLocalsAt(steps: readonly TraceStep[], index: number, depth: number) {
  for (let back = index; back >= 0; back--) if (steps[back]!.depth === depth) return steps[back]!;
  return undefined;
}

describe('TraceModel', () => {
  it('derives the call stack of every step from depth, call and return events', async () => {
    const result = await engine.run({ code: RECURSIVE });
    expect(result.status).toBe('ok');
    const steps = result.steps;
    const model = new TraceModel(steps);
    expect(steps.length).toBeGreaterThan(40);
    let deepest = 0;
    steps.forEach((step, index) => {
      const stack = model.stack(index);
      expect(stack.length).toBe(step.depth + 1);
      deepest = Math.max(deepest, stack.length);
      expect(stack[0]!.func).toBe(step.func);
      expect(stack[0]!.locals).toBe(step.locals);
      for (const frame of stack.slice(1)) {
        const reference = lastLocalsAt(steps, index, frame.depth)!;
        expect(frame.func).toBe(reference.func);
        expect(frame.locals).toEqual(reference.locals);
      }
    });
    expect(deepest).toBe(6); // module → twice → fact(4) → fact(3) → fact(2) → fact(1)
  });

  it('reports what the previous line of the frame changed, and what the current line will change', async () => {
    const result = await engine.run({
      code: 'total = 0\nfor x in [1, 2, 3]:\n    total += x\ndel x\nend = total\n',
    });
    const model = new TraceModel(result.steps);
    const afterAdd = result.steps.findIndex(
      (step, i) => i > 0 && result.steps[i - 1]!.line === 3 && step.event === 'line',
    );
    expect(model.changedAt(afterAdd)).toEqual([{ name: 'total', before: '0', after: '1' }]);
    const addLine = result.steps.findIndex((step) => step.line === 3);
    expect(model.effectOf(addLine)).toEqual([{ name: 'total', before: '0', after: '1' }]);
    const delLine = result.steps.findIndex((step) => step.line === 4);
    expect(model.effectOf(delLine)).toEqual([{ name: 'x', before: '3' }]);
  });

  it('shows printed text once the printing line has finished, in the order it was printed', async () => {
    const code = 'def g():\n    print("in g")\n    return 1\n\nprint("a", g())\nprint("b")\n';
    const result = await engine.run({ code });
    const model = new TraceModel(result.steps);
    expect(model.outputUntil(model.length)).toBe(result.stdout);
    expect(result.stdout).toBe('in g\na 1\nb\n');
    const callOfG = result.steps.findIndex((step) => step.event === 'call' && step.func === 'g');
    expect(model.outputUntil(callOfG)).toBe('');
    const returnOfG = result.steps.findIndex((step) => step.event === 'return' && step.func === 'g');
    expect(model.outputUntil(returnOfG)).toBe('in g\n');
    const lineSix = result.steps.findIndex((step) => step.line === 6 && step.event === 'line');
    expect(model.outputUntil(lineSix)).toBe('in g\na 1\n');
    for (let index = 0; index <= model.length; index++) {
      expect(result.stdout.startsWith(model.outputUntil(index))).toBe(true);
    }
  });

  it('jumps to runs of a line, over calls and out of frames', async () => {
    const result = await engine.run({ code: RECURSIVE });
    const steps = result.steps;
    const model = new TraceModel(steps);
    const runsOfRest = steps.flatMap((step, i) => (step.event === 'line' && step.line === 4 ? [i] : []));
    expect(model.runsOf(4)).toEqual(runsOfRest);
    expect(model.nextRunOf(4, 0)).toBe(runsOfRest[0]);
    expect(model.nextRunOf(4, runsOfRest[0]!)).toBe(runsOfRest[1]);
    expect(model.nextRunOf(4, steps.length - 1)).toBe(runsOfRest[0]); // wraps
    expect(model.previousRunOf(4, runsOfRest[1]!)).toBe(runsOfRest[0]);
    expect(model.nextRunOf(99, 0)).toBeUndefined();
    // Step over the module's print line: the next module-level event, past all of twice() and fact().
    const printLine = steps.findIndex((step) => step.line === 11 && step.event === 'line');
    const over = model.stepOver(printLine);
    expect(steps[over]!.depth).toBe(0);
    expect(steps.slice(printLine + 1, over).every((step) => step.depth > 0)).toBe(true);
    // Step out of the first fact frame: the first later step back in twice().
    const firstFact = steps.findIndex((step) => step.func === 'fact');
    const out = model.stepOut(firstFact);
    expect(steps[out]!.func).toBe('twice');
    expect(steps[out]!.depth).toBe(steps[firstFact]!.depth - 1);
  });

  // How fast this is belongs in a benchmark; here: a long trace gives a whole, consistent model.
  it('builds the model for a long trace', async () => {
    const result = await engine.run({
      code: 'acc = []\nfor i in range(6000):\n    acc.append(i % 7)\n    n = len(acc)\n',
    });
    expect(result.steps.length).toBeGreaterThan(15000);
    const model = new TraceModel(result.steps);
    expect(model.length).toBe(result.steps.length);
    for (let index = 0; index < model.length; index += 97) {
      expect(model.stack(index).length).toBeGreaterThan(0);
      model.changedAt(index);
      expect(model.outputUntil(index)).toBe('');
    }
  });
});
