import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/engine/engine.js';
import { repoRoot } from '../../support/paths.js';
import { referenceEvents } from '../../support/plain-python.js';
import { testIsolation } from '../../support/requirements.js';

const programsDir = `${repoRoot}test/fixtures/programs/`;
const programs = readdirSync(programsDir).filter((name) => name.endsWith('.py'));
const STDIN: Record<string, string> = { 'stdin_script.py': '3\n4 9 2 9 1\n' };

describe('native traces equal an independent sys.settrace reference', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine({ backend: 'native', workers: 1, isolation: testIsolation });
  });
  afterAll(() => engine?.close());

  it('covers the hand-written programs', () => {
    expect(programs.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of programs) {
    it(`${name}: same events, lines and functions in the same order`, async () => {
      const code = readFileSync(`${programsDir}${name}`, 'utf8');
      const stdin = STDIN[name] ?? '';
      const result = await engine.run({ code, stdin });
      const ours = result.steps.map((step) => [step.event, step.line, step.func]);
      expect(ours).toEqual(referenceEvents(code, stdin));
      expect(ours.length).toBeGreaterThan(5);
    });
  }

  it('shows the state before a line at its line event, and the state after it at the next event of the frame', async () => {
    const result = await engine.run({ code: 'x = 1\nx = x + 41\ny = x\n' });
    const lineSteps = result.steps.filter((step) => step.event === 'line');
    expect(lineSteps.map((step) => step.locals.x?.repr)).toEqual([undefined, '1', '42']);
  });

  it('attributes printed output to the line that printed it, and reports uncaught exceptions with their line', async () => {
    const code = readFileSync(`${programsDir}uncaught.py`, 'utf8');
    const result = await engine.run({ code });
    expect(result.status).toBe('error');
    expect(result.exception).toMatchObject({ type: 'ValueError', line: 2 });
    expect(result.exception?.traceback.map((entry) => entry.func)).toEqual(['<module>', 'parse']);
    const printed = await engine.run({ code: 'for i in range(2):\n    print(i)\n' });
    const printing = printed.steps.filter((step) => step.stdout);
    expect(printing.map((step) => [step.line, step.stdout])).toEqual([
      [2, '0\n'],
      [2, '1\n'],
    ]);
  });
});
