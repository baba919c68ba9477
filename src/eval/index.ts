// Model evaluation: the client, cache, prompts, answer extraction, scoring, runs and reports behind `semtrace eval` and `semtrace score`.
// Checks of one candidate (asserts, stdin/stdout pairs, CRUXEval answers), judged outside the sandbox.

export { type CacheKeyParts, cacheKey } from './cache/cache-key.js';
export { defaultCacheDir, ResponseCache, withCache } from './cache/response-cache.js';
export {
  type AssertCheck,
  type CheckReport,
  type CheckRequest,
  type CruxevalCheck,
  checkCandidate,
  type IoCheck,
  type ProgramRunner,
  type TestOutcome,
  type TestVerdict,
} from './check/index.js';
export { isLoopbackURL, PLACEHOLDER_API_KEY, resolveApiKey } from './client/api-key.js';
export { createModelClient, type ModelClientOptions, ModelRequestError } from './client/model-client.js';
export { type Failure, type FailureKind, parseRetryAfter } from './client/retry-policy.js';
export {
  type ApiKind,
  type ClientStats,
  type Completer,
  DEFAULT_RETRY,
  type EndpointConfig,
  type Prompt,
  promptAsText,
  type RetryOptions,
  type SamplingParams,
} from './client/types.js';
export { extractAnswer } from './extract/index.js';
export { PLACEHOLDER_NAMES } from './prompts/placeholders.js';
export {
  type PromptTemplate,
  parsePromptTemplate,
  renderPrompt,
  templateModes,
} from './prompts/prompt-template.js';
export {
  builtinTemplateName,
  builtinTemplatesDir,
  loadPromptTemplate,
  type TemplateChoice,
} from './prompts/template-files.js';
export { renderHtmlReport } from './report/html-report.js';
export { renderMarkdownReport } from './report/markdown-report.js';
export type { ReportInput } from './report/report-data.js';
export { writeSummaryAndReports } from './report/write-reports.js';
export { createProgressDisplay, type ProgressDisplay } from './run/progress-display.js';
export { runFingerprint } from './run/run-config.js';
export { type EvalHooks, type EvalOutcome, runEval } from './run/run-eval.js';
export type { EvalProgress } from './run/run-state.js';
export * from './score/index.js';
export * from './types.js';
