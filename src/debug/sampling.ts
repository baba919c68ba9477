/**
 * Debugger samples from one recorded execution: a state, an action and the state it leads to, chosen
 * by a seeded policy. Same trace, same policy → same samples. Pure; the `debugger` renderers and the
 * `debug` eval task both draw from here.
 */

import { sampleIndices, seededRandom } from '../common/random.js';
import type { TraceStep } from '../engine/types.js';
import { applyAction } from './actions/index.js';
import { type DebugSnapshot, snapshot } from './snapshot.js';
import { buildTimeline, type Timeline } from './timeline.js';
import { DEBUG_ACTIONS, type DebugAction, type DebugActionName, FORWARD_ACTIONS } from './types.js';

export interface DebugSamplingPolicy {
  /** Actions to sample (default: the forward ones, step, next, finish, continue, until). */
  actions?: readonly DebugActionName[];
  /** Samples per action per execution (default 2); fewer when the run has fewer stops. */
  perAction?: number;
  /** Breakpoints set at random lines that run (default 2), so `continue` and the others meet some. */
  breakpoints?: number;
  /** Ask for the earlier state given the later one and the action that led there (default false). */
  inverse?: boolean;
  /** Mixed with a hash of the program, so each program gets its own choices (default 0). */
  seed?: number;
}

export interface DebugSample {
  action: DebugAction;
  breakpoints: number[];
  /** True when `before` is to be predicted from `after`. */
  inverse: boolean;
  before: DebugSnapshot;
  after: DebugSnapshot;
}

export function resolvePolicy(policy: DebugSamplingPolicy = {}): Required<DebugSamplingPolicy> {
  return {
    actions: policy.actions ?? FORWARD_ACTIONS,
    perAction: policy.perAction ?? 2,
    breakpoints: policy.breakpoints ?? 2,
    inverse: policy.inverse ?? false,
    seed: policy.seed ?? 0,
  };
}

export function isDebugActionName(name: string): name is DebugActionName {
  return (DEBUG_ACTIONS as readonly string[]).includes(name);
}

/** Lines that run at least once, ascending. */
export function linesThatRun(steps: readonly TraceStep[]): number[] {
  return [...new Set(steps.filter((step) => step.event === 'line').map((step) => step.line))].sort(
    (a, b) => a - b,
  );
}

export function sampleDebugActions(
  code: string,
  steps: readonly TraceStep[],
  policy: DebugSamplingPolicy = {},
): DebugSample[] {
  const { actions, perAction, breakpoints: breakpointCount, inverse, seed } = resolvePolicy(policy);
  const timeline = buildTimeline(steps);
  if (timeline.stops.length === 0) return [];
  const random = seededRandom((hashText(code) ^ seed) >>> 0);
  const ran = linesThatRun(steps);
  const breakpoints = sampleIndices(ran.length, breakpointCount, random).map((index) => ran[index]!);
  const samples: DebugSample[] = [];
  for (const name of actions) {
    for (const ordinal of sampleIndices(timeline.stops.length, perAction, random)) {
      const position = timeline.stops[ordinal]!;
      const action = chooseAction(name, timeline, position, ran, random);
      const landing = applyAction(timeline, { position, breakpoints }, action).position;
      const before = snapshot(timeline, position);
      const after = snapshot(timeline, landing);
      samples.push({ action, breakpoints, inverse, before, after });
    }
  }
  return samples;
}

/** `until` gets a target line half the time: a line that runs, after the current one. */
function chooseAction(
  name: DebugActionName,
  timeline: Timeline,
  position: number,
  ran: readonly number[],
  random: () => number,
): DebugAction {
  if (name !== 'until') return { name };
  const current = timeline.steps[position]!.line;
  const later = ran.filter((line) => line > current);
  if (later.length === 0 || random() < 0.5) return { name: 'until' };
  return { name: 'until', line: later[Math.floor(random() * later.length)]! };
}

/** FNV-1a over UTF-16 code units: a stable per-program salt for the seed. */
export function hashText(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/** The command a person would type for an action: `next`, `until 9`. */
export function actionText(action: DebugAction): string {
  return action.name === 'until' && action.line !== undefined ? `until ${action.line}` : action.name;
}
