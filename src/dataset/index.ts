/** Dataset builder: corpus → mutate → execute → filter → dedupe → split → curriculum → renders → shards. */
export { type BuildResult, type BuildRunOptions, buildDataset, demoCorpusPath } from './build/build.js';
export { ALL_FORMATS, type BuildConfig, type BuildOptions, resolveConfig } from './build/config.js';
export { levelFor, measureDifficulty } from './build/curriculum.js';
export { logProgress, type ProgressReporter, silentProgress, terminalProgress } from './build/progress.js';
export { assignSplit } from './build/split.js';
export * from './types.js';
