/** `semtrace queue status|drain|clean`: look after the queue `semtrace build --queue` and its workers use. */
import type { Command } from 'commander';
import { cleanQueues, drainQueues, type QueueStatus, queueStatus } from '../../queue/admin.js';

function statusText(statuses: QueueStatus[]): string {
  const lines: string[] = [];
  for (const status of statuses) {
    lines.push(
      `${status.backend} builds (queue ${status.queue}): ${status.waiting} waiting, ${status.active} running, ${status.delayed} retrying later, ${status.failed} failed`,
    );
    lines.push(
      `  workers alive: ${status.workers.length}${status.workers.map((w) => `\n    ${w.name} (${w.address}, idle ${w.idleSeconds}s)`).join('')}`,
    );
    for (const failure of status.failures) {
      lines.push(`  failed: chunk ${failure.chunk} after ${failure.attempts} tries: ${failure.reason}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function registerQueue(program: Command): void {
  const queue = program
    .command('queue')
    .description('inspect and tidy the build queue: status, drain, clean');
  queue
    .command('status')
    .description('jobs waiting, running and failed, and the workers connected')
    .requiredOption('--queue <redis-url>', 'redis://HOST:PORT/DB')
    .option('--json', 'print JSON')
    .action(async (flags: { queue: string; json?: boolean }) => {
      const statuses = await queueStatus(flags.queue);
      process.stdout.write(flags.json ? `${JSON.stringify(statuses, null, 2)}\n` : statusText(statuses));
    });
  queue
    .command('drain')
    .description('remove the jobs no worker has taken yet (a build rerun adds its unfinished chunks again)')
    .requiredOption('--queue <redis-url>', 'redis://HOST:PORT/DB')
    .action(async (flags: { queue: string }) => {
      await drainQueues(flags.queue);
      process.stdout.write('drained: no jobs wait; running ones finish\n');
    });
  queue
    .command('clean')
    .description(
      'remove the records of failed jobs; with --all, every job (stop coordinators and workers first)',
    )
    .requiredOption('--queue <redis-url>', 'redis://HOST:PORT/DB')
    .option('--all', 'remove every job and the queues themselves')
    .action(async (flags: { queue: string; all?: boolean }) => {
      const removed = await cleanQueues(flags.queue, flags.all ?? false);
      process.stdout.write(flags.all ? 'removed every job\n' : `removed ${removed} job record(s)\n`);
    });
}
