import { readdirSync, readFileSync } from 'node:fs';

/** Samples the summed RSS of a process's descendants (the workers) every 250 ms; returns the peak on stop. */
export function peakRssOfTree(rootPid: number): { stop: () => number } {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, descendantsRss(rootPid));
  }, 250);
  return {
    stop: () => {
      clearInterval(timer);
      return peak / (1024 * 1024);
    },
  };
}

function descendantsRss(rootPid: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      parents.set(Number(entry), ppid);
      rss.set(Number(entry), kb * 1024);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    let parent = parents.get(pid);
    while (parent !== undefined && parent !== rootPid && parent > 1) parent = parents.get(parent);
    if (parent === rootPid) total += bytes;
  }
  return total;
}
