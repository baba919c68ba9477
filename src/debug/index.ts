// The debugger over a recorded execution: state, actions (pdb's and reverse ones), commands.
export {
  applyAction,
  back,
  continueToBreakpoint,
  finish,
  next,
  reverseContinue,
  reverseFinish,
  reverseNext,
  step,
  until,
} from './actions/index.js';
export { callStack } from './call-stack.js';
export { DEBUG_HELP, type DebugCommand, parseDebugCommand } from './command.js';
export {
  compareNextStates,
  type NextState,
  type NextStateComparison,
  nextStateOf,
  parseNextState,
} from './next-state.js';
export { DEBUG_SYSTEM_PROMPT, type DebugQuestion, debugUserPrompt, describeState } from './prompt.js';
export { BOTTOM, runForward, STEP_RULE, type StopRule } from './run-forward.js';
export {
  actionText,
  type DebugSample,
  type DebugSamplingPolicy,
  isDebugActionName,
  linesThatRun,
  resolvePolicy,
  sampleDebugActions,
} from './sampling.js';
export { type CommandOutcome, DebugSession } from './session.js';
export { type DebugSnapshot, snapshot } from './snapshot.js';
export { initialState, withBreakpoint, withoutBreakpoint } from './state.js';
export { stateData, stateText, UNCHANGED as DEBUG_UNCHANGED } from './state-text.js';
export { buildTimeline, callerFrame, isStoppable, OUTSIDE, type Timeline } from './timeline.js';
export * from './types.js';
