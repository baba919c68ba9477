// Dataset builder: sources → mutate → execute → filter → dedupe → split → levels → renders → shards (docs/dataset.md).
export {
  ALL_FORMATS,
  type BuildConfig,
  type BuildOptions,
  type BuildResult,
  type BuildRunOptions,
  type BuildShardInfo,
  buildDataset,
  buildShard,
  DEFAULT_FORMATS,
  demoCorpusPath,
  levelFor,
  logProgress,
  type MergeOptions,
  measureDifficulty,
  mergeShards,
  type ProgressReporter,
  parseShardSpec,
  type ShardResult,
  type ShardSpec,
  silentProgress,
  terminalProgress,
} from './dataset/build/index.js';
// Dataset sources (folders of .py, JSONL, CRUXEval) and decontamination against a benchmark.
export {
  type ContaminationCheck,
  type Decontaminator,
  type DecontaminatorOptions,
  loadDecontaminator,
} from './dataset/decontaminate/index.js';
// Built datasets: final-named shards (JSONL, gzip, Parquet) written crash-safely; streaming reader, verification.
export {
  createDatasetWriter,
  type DatasetWriter,
  type ShardPlan,
  type WriteOptions,
  writeJsonAtomic,
} from './dataset/output/index.js';
export {
  type Dataset,
  describeManifest,
  type MismatchKind,
  openDataset,
  readParquetShard,
  type SampleFilter,
  type SamplePage,
  type ShardMismatch,
} from './dataset/read/index.js';
export { type ReadSourcesOptions, readSources, type SourceProgram } from './dataset/sources/index.js';
export type {
  BuildDebugPolicy,
  FormatName,
  Level,
  Manifest,
  Sample,
  SampleInput,
  SampleMutation,
  SampleOutput,
  ShardInfo,
  SourceProblem,
  Split,
} from './dataset/types.js';
export { LEVELS, SPLITS } from './dataset/types.js';
// Debugger over a recorded run: pdb's actions and reverse ones, sampling, the debug task (docs/debug.md).
export {
  applyAction,
  buildTimeline,
  callStack,
  DEBUG_ACTIONS,
  type DebugAction,
  type DebugActionName,
  type DebugSample,
  type DebugSamplingPolicy,
  DebugSession,
  type DebugSnapshot,
  type DebugState,
  initialState,
  parseDebugCommand,
  sampleDebugActions,
  snapshot,
  type Timeline,
} from './debug/index.js';
// Engine: run Python safely and record traces.
export {
  createEngine,
  Engine,
  type EngineInfo,
  type EngineOptions,
  type IndexedResult,
  type RunManyOptions,
} from './engine/engine.js';
export type { IsolationDemand } from './engine/isolation.js';
export { DEFAULT_LIMITS } from './engine/limits.js';
export type * from './engine/types.js';
export { isSemtraceError, SemtraceError, type SemtraceErrorCode } from './errors.js';
// Evaluation: OpenAI-compatible client, response cache, prompt templates, answer extraction, executed
// scoring, pass@k, trace metrics, runs and reports (docs/evaluation.md, docs/scoring.md).
export * from './eval/index.js';
// Trace renderers: CodeExecutor, NExT, SemCoder, CWM, CRUXEval and canonical JSON (docs/formats.md).
export {
  createDebuggerJsonRenderer,
  createDebuggerRenderer,
  FORMAT_NAMES,
  type FormatRenderer,
  getRenderer,
  isFormatName,
  RENDERERS,
  type RenderInput,
  type RenderOptions,
  renderAll,
  renderersFor,
  renderWith,
} from './formats/index.js';
// Client of `semtrace serve`, the sandboxed execution and reward service (docs/serve.md).
export {
  type BatchLine,
  SemtraceServeClient,
  type ServeClientOptions,
  type ServeHealth,
  ServeRequestError,
} from './serve/client.js';
// Model-in-the-loop data (SemCoder's pipeline): synthesis, verified monologues, debugging data (docs/synth.md).
export { runAnnotate, runDebugData, runSynth, verifyReasoning } from './synth/index.js';
export { loadTaskItems, makeDebugItems, makeStateQuestions } from './tasks/index.js';
export type { DebugQuestion, StateQuestion, TaskItem, TaskName } from './tasks/types.js';
export { renderReadableTrace } from './trace/readable.js';
// Traces: derived views.
export { diffVariables, nextEventInFrame, stateAfter, type VariableChange } from './trace/state-after.js';
// Viewer: the local web app behind `semtrace view`.
export { startViewer, type Viewer, type ViewerOptions } from './viewer/server/start-viewer.js';
