/** Writing built datasets: final-named shards (JSONL, gzip, Parquet) through crash-safe atomic files. */
export {
  temporaryPathFor,
  type WrittenFile,
  writeFileAtomic,
  writeJsonAtomic,
} from '../../common/atomic-file.js';
export { createDatasetWriter, type DatasetWriter, type WriteOptions } from './dataset-writer.js';
export { deterministicGzip } from './deterministic-gzip.js';
export { formatFromColumnName, renderColumnName, rowToSample, sampleToRow } from './parquet-columns.js';
export { planShards, type ShardPlan, type ShardSlot, shardStem } from './shard-plan.js';
