// Scoring: checks of extracted answers, pass@k, summaries and trace metrics.

export { traceLengthBucket } from '../../trace/length-buckets.js';
export {
  CHECK_TIMEOUT_S,
  Checker,
  type CheckJob,
  type CheckKind,
  type CheckVerdict,
} from './checks/answer-check.js';
export { normalisePrinted } from './judge.js';
export { passAtK, passAtKs } from './pass-at-k.js';
export {
  type PredictionProblem,
  type Predictions,
  parsePredictions,
  readPredictions,
} from './predictions.js';
export { type ScoreFileOptions, type ScoreFileReport, scorePredictions } from './score-file.js';
export {
  createScorer,
  type FullScorer,
  type ItemResponses,
  type Scorer,
  type ScorerOptions,
} from './scorer.js';
export { summarize } from './summarize.js';
export { alignSteps } from './trace/align.js';
export { goldTraceText } from './trace/gold-trace.js';
export { aggregateTraceCounts, type TraceCounts, traceCounts } from './trace/metrics.js';
export { type CodeExecutorStep, parseCodeExecutorTrace, traceOutputs } from './trace/parse-codeexecutor.js';
