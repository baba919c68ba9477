/**
 * SemCoder's data pipeline: model-written programs that really run (`runSynth`), monologues verified by
 * execution and claim by claim against the trace (`runAnnotate`, `verifyReasoning`), and debugging data
 * from faulty traces (`runDebugData`).
 */

export type { AnnotateEntry, DirectionResult, Requirement } from './annotate/annotate-unit.js';
export { type ChatRow, type SemcoderRow, toChatRows, toSemcoderRow } from './annotate/layouts.js';
export { ANNOTATE_DEFAULTS, type AnnotateConfig, runAnnotate } from './annotate/run-annotate.js';
export {
  type CheckedClaim,
  type Claim,
  type ClaimReport,
  type ClaimStatus,
  verifyReasoning,
} from './claims/index.js';
export type { ModelConfig } from './common/model.js';
export { type ProgramRecord, readProgramRecords } from './common/program-records.js';
export { readReplayFile, replayKey, startReplayServer, withRecorder } from './common/replay.js';
export type { DebugCase, DebugEntry } from './debugdata/debug-unit.js';
export { type PyxrRow, toPyxrRows } from './debugdata/layouts.js';
export { DEBUGDATA_DEFAULTS, type DebugDataConfig, runDebugData } from './debugdata/run-debugdata.js';
export { DEMO_FILES } from './demo.js';
export { SEMCODER_NON_EXECUTABLE_RATE, type SynthSummary } from './program/finalize.js';
export type { SynthEntry, SynthRecord } from './program/synth-unit.js';
export { runSynth, type SynthConfig, type SynthOutcome } from './run-synth.js';
