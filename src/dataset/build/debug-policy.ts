/**
 * The sampling policy of the `debugger` and `debugger-json` formats in a build, checked and resolved.
 * Resolved in full, it goes into the build's config, so the manifest and the resume hash record it:
 * a rerun with another policy is refused (or, with --overwrite, rebuilt), never mixed into these samples.
 */
import { type DebugSamplingPolicy, isDebugActionName, resolvePolicy } from '../../debug/sampling.js';
import { DEBUG_ACTIONS, type DebugActionName } from '../../debug/types.js';
import { SemtraceError } from '../../errors.js';
import type { BuildDebugPolicy, FormatName } from '../types.js';
import { integer } from './option-checks.js';

/** The formats the policy applies to. */
export const DEBUGGER_FORMATS: readonly FormatName[] = ['debugger', 'debugger-json'];

/**
 * The policy a build with `formats` uses, or undefined when it renders no debugger format. Fields not
 * given take the sampler's defaults, except the seed: the build's `--seed`, so one seed varies the
 * whole build (as it does for the `debug` evaluation task).
 */
export function resolveBuildDebugPolicy(
  policy: DebugSamplingPolicy | undefined,
  formats: readonly FormatName[],
  buildSeed: number,
): BuildDebugPolicy | undefined {
  const given = policy !== undefined && Object.values(policy).some((value) => value !== undefined);
  if (!formats.some((format) => DEBUGGER_FORMATS.includes(format))) {
    // A policy nothing would use is a mistake the user should hear about, not a silent no-op.
    if (given) {
      throw new SemtraceError(
        'SEMTRACE_BAD_OPTION',
        `the --debug-* options set how the ${DEBUGGER_FORMATS.join(' and ')} formats sample; add one of them to --formats, or drop the --debug-* options`,
      );
    }
    return undefined;
  }
  const resolved = resolvePolicy({
    ...policy,
    ...(policy?.actions !== undefined ? { actions: checkActions(policy.actions) } : {}),
    seed: policy?.seed ?? buildSeed,
  });
  return {
    actions: [...resolved.actions],
    perAction: integer('debug-per-action', resolved.perAction, 1),
    breakpoints: integer('debug-breakpoints', resolved.breakpoints, 0),
    inverse: resolved.inverse === true,
    seed: integer('debug-seed', resolved.seed, 0),
  };
}

/** Known action names, each once, in the order given (the order the samples are drawn and written). */
function checkActions(actions: readonly string[]): DebugActionName[] {
  const unknown = actions.filter((name) => !isDebugActionName(name));
  if (unknown.length > 0) {
    throw new SemtraceError(
      'SEMTRACE_UNKNOWN_DEBUG_ACTION',
      `unknown debugger action(s) ${unknown.join(', ')} in --debug-actions; choose from ${DEBUG_ACTIONS.join(', ')}`,
    );
  }
  if (actions.length === 0) {
    throw new SemtraceError(
      'SEMTRACE_BAD_OPTION',
      `--debug-actions needs at least one action; choose from ${DEBUG_ACTIONS.join(', ')}`,
    );
  }
  return [...new Set(actions as readonly DebugActionName[])];
}
