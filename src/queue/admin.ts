/** `semtrace queue status|drain|clean`: what the queues hold and which workers are connected. */
import { Queue } from 'bullmq';
import { BACKENDS, QUEUE_PREFIX, queueNameFor } from './chunk-job.js';
import { assertReachable, parseQueueUrl } from './connection.js';

export interface QueueStatus {
  queue: string;
  backend: string;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  /** Worker processes connected to this queue (BullMQ lists their Redis connections). */
  workers: { name: string; address: string; idleSeconds: number }[];
  /** The most recent failures, with the reason the worker gave. */
  failures: { id: string; chunk: number; attempts: number; reason: string }[];
}

async function withQueues<T>(url: string, use: (queue: Queue, backend: string) => Promise<T>): Promise<T[]> {
  const target = parseQueueUrl(url);
  await assertReachable(target);
  const results: T[] = [];
  for (const backend of BACKENDS) {
    const queue = new Queue(queueNameFor(backend), { connection: target.connection, prefix: QUEUE_PREFIX });
    try {
      results.push(await use(queue, backend));
    } finally {
      await queue.close();
    }
  }
  return results;
}

export function queueStatus(url: string, maxFailures = 10): Promise<QueueStatus[]> {
  return withQueues(url, async (queue, backend) => {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
    const workers = (await queue.getWorkers()).map((client) => ({
      name: String(client.rawname ?? client.name ?? '').replace(/^.*:w:/, ''),
      address: String(client.addr ?? ''),
      idleSeconds: Number(client.idle ?? 0),
    }));
    const failed = await queue.getFailed(0, maxFailures - 1);
    return {
      queue: queue.name,
      backend,
      waiting: counts.waiting ?? 0,
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      failed: counts.failed ?? 0,
      workers,
      failures: failed.map((job) => ({
        id: String(job.id),
        chunk: (job.data as { chunk?: { index?: number } }).chunk?.index ?? -1,
        attempts: job.attemptsMade,
        reason: job.failedReason,
      })),
    };
  });
}

/** Removes the jobs no worker has taken yet (running ones finish). A coordinator still running adds them again. */
export async function drainQueues(url: string): Promise<void> {
  await withQueues(url, (queue) => queue.drain(true));
}

/** Removes the records of failed and completed jobs; with `all`, every job and the queues themselves. */
export async function cleanQueues(url: string, all: boolean): Promise<number> {
  const removed = await withQueues(url, async (queue) => {
    if (all) {
      await queue.obliterate({ force: true });
      return 0;
    }
    const failed = await queue.clean(0, 0, 'failed');
    const completed = await queue.clean(0, 0, 'completed');
    return failed.length + completed.length;
  });
  return removed.reduce((sum, n) => sum + n, 0);
}
