/** Builds spread over many machines: a coordinator and workers on a BullMQ queue in Redis (docs/scaling.md). */
export { cleanQueues, drainQueues, type QueueStatus, queueStatus } from './admin.js';
export { type ChunkJobData, type ChunkJobResult, chunkJobId, queueNameFor } from './chunk-job.js';
export { assertReachable, parseQueueUrl, type QueueTarget } from './connection.js';
export { buildOnQueue, type QueueBuildOptions } from './coordinator.js';
export { type QueueWorker, type QueueWorkerOptions, startQueueWorker } from './worker.js';
