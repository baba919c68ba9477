/**
 * Where the queue lives: a `redis://[user:password@]HOST:PORT/DB` URL turned into the connection options
 * BullMQ takes, and a reachability check that fails fast with a clear message (BullMQ itself would
 * retry a wrong address forever).
 */
import type { RedisOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { SemtraceError } from '../errors.js';

export interface QueueTarget {
  url: string;
  /** Options for BullMQ connections: they wait through a Redis restart instead of failing commands. */
  connection: RedisOptions;
}

export function parseQueueUrl(url: string): QueueTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badUrl(url);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw badUrl(url);
  const db = parsed.pathname === '' || parsed.pathname === '/' ? 0 : Number(parsed.pathname.slice(1));
  if (!Number.isInteger(db) || db < 0 || parsed.hostname === '') throw badUrl(url);
  const connection: RedisOptions = {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    db,
    // BullMQ requires it for workers; for every client it means "wait for Redis to come back".
    maxRetriesPerRequest: null,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
  };
  return { url: redacted(parsed), connection };
}

/** Asks Redis for PING once, with a short timeout, so a wrong address is reported at once. */
export async function assertReachable(target: QueueTarget, timeoutMs = 5_000): Promise<void> {
  const { host, port, db, username, password, tls } = target.connection;
  const client = new Redis({
    ...(host !== undefined ? { host } : {}),
    ...(port !== undefined ? { port } : {}),
    ...(db !== undefined ? { db } : {}),
    ...(username !== undefined ? { username } : {}),
    ...(password !== undefined ? { password } : {}),
    ...(tls !== undefined ? { tls } : {}),
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new SemtraceError(
      'SEMTRACE_QUEUE_UNREACHABLE',
      `cannot reach Redis at ${target.url} (${(error as Error).message}); start redis-server there or fix --queue`,
    );
  } finally {
    client.disconnect();
  }
}

function badUrl(url: string): SemtraceError {
  return new SemtraceError(
    'SEMTRACE_QUEUE_BAD_URL',
    `--queue expects redis://HOST:PORT/DB (e.g. redis://127.0.0.1:6379/0), got '${url}'`,
  );
}

function redacted(url: URL): string {
  const copy = new URL(url.href);
  if (copy.password) copy.password = '***';
  return copy.href;
}
