/** Reading built datasets: manifest validation, streaming samples, viewer pages, verification, stats text. */
export { describeManifest, describeVerification } from './describe-manifest.js';
export { loadManifest, MANIFEST_FILE } from './load-manifest.js';
export { type Dataset, openDataset, readableShards, type SamplePage } from './open-dataset.js';
export { compileFilter, type SampleFilter } from './sample-filter.js';
export { manifestProblems, sampleProblems } from './schemas.js';
export { readParquetShard, shardSamples } from './shard-records.js';
export { type MismatchKind, type ShardMismatch, verifyDataset } from './verify-dataset.js';
