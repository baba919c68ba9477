import { describe, expect, it } from 'vitest';
import { loadTaskItems } from '../../src/tasks/load.js';
import type { TaskItem } from '../../src/tasks/types.js';
import { cruxevalPath } from '../support/paths.js';

async function collect(limit: number, seed = 0): Promise<TaskItem[]> {
  const items: TaskItem[] = [];
  for await (const item of loadTaskItems('debug', cruxevalPath, { limit, backend: 'native', seed }))
    items.push(item);
  return items;
}

describe('debug task items', () => {
  it('asks about one sampled action per forward action of each real execution', {
    timeout: 120_000,
  }, async () => {
    const items = await collect(10);
    expect(items).toHaveLength(10);
    expect(items.slice(0, 5).map((item) => item.id)).toEqual([
      'sample_0#d0',
      'sample_0#d1',
      'sample_0#d2',
      'sample_0#d3',
      'sample_0#d4',
    ]);
    expect(items.slice(0, 5).map((item) => item.meta.action)).toEqual([
      'step',
      'next',
      'finish',
      'continue',
      'until',
    ]);
    for (const item of items) {
      const debug = item.debug!;
      expect(debug.before.ended).toBe(false);
      // The answer is the real next state: a line that runs (or the end), and reprs of real variables.
      if (!debug.answer.ended) {
        expect(item.trace!.some((step) => step.line === debug.answer.line)).toBe(true);
        for (const [name, repr] of Object.entries(debug.answer.changed))
          expect(item.trace!.some((step) => step.locals[name]?.repr === repr)).toBe(true);
      }
    }
  });

  it('is the same for the same seed and differs for another', { timeout: 120_000 }, async () => {
    const a = await collect(5, 1);
    expect(await collect(5, 1)).toEqual(a);
    expect((await collect(5, 2)).map((item) => item.debug)).not.toEqual(a.map((item) => item.debug));
  });
});
