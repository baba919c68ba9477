/** Dataset builder: corpus → mutate → execute → filter → dedupe → split → curriculum → renders → shards. */
export { type BuildResult, type BuildRunOptions, buildDataset, demoCorpusPath } from './build.js';
export {
  ALL_FORMATS,
  type BuildConfig,
  type BuildOptions,
  DEFAULT_FORMATS,
  resolveConfig,
} from './config.js';
export { levelFor, measureDifficulty } from './curriculum.js';
export { type MergeOptions, mergeShards } from './merge.js';
export { logProgress, type ProgressReporter, silentProgress, terminalProgress } from './progress.js';
export {
  type BuildShardInfo,
  buildShard,
  parseShardSpec,
  type ShardResult,
  type ShardSpec,
} from './shard.js';
export { assignSplit } from './split.js';
