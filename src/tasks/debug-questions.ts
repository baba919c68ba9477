/**
 * `debug` task items from one real execution: sampled (state, action) pairs with the real next state,
 * chosen by the debugger's seeded sampling policy (src/debug/sampling.ts). Pure.
 */
import { nextStateOf } from '../debug/next-state.js';
import { type DebugSamplingPolicy, sampleDebugActions } from '../debug/sampling.js';
import type { TaskItem } from './types.js';

/** One item per sampled action, ids `<id>#d<k>`; `max` caps them (default: one per forward action). */
export function makeDebugItems(
  item: TaskItem,
  policy: DebugSamplingPolicy & { max?: number } = {},
): TaskItem[] {
  const samples = sampleDebugActions(item.code, item.trace ?? [], { perAction: 1, ...policy });
  return samples.slice(0, policy.max ?? samples.length).map((sample, k) => ({
    ...item,
    id: `${item.id}#d${k}`,
    debug: {
      action: sample.action,
      breakpoints: sample.breakpoints,
      before: sample.before,
      answer: nextStateOf(sample.before, sample.after),
    },
    meta: { ...item.meta, action: sample.action.name },
  }));
}
