/**
 * Which queued program goes to which idle worker. A worker keeps its last trust domain warm (one process
 * or interpreter per domain), so a domain's programs should reach the worker that holds it: giving one to
 * another worker costs a fresh process there and throws away the domain that worker held. Pure.
 */

/** How far into the queue to look for a better match (the engine keeps only a small window queued). */
const LOOK_AHEAD = 64;

interface Queued {
  request: { domain?: string };
}

/**
 * [slot, queue index] for the next start, in this order of preference: a queued program of a domain an
 * idle worker holds warm; a program of no domain, or of a domain no worker holds, to an idle worker whose
 * own domain has nothing queued; and only when every queued program belongs to a domain a busy worker
 * holds, the first one (a worker never waits while there is work).
 */
export function pickJob(
  queue: readonly Queued[],
  idle: readonly number[],
  lastDomain: readonly (string | undefined)[],
): [number, number] {
  const end = Math.min(queue.length, LOOK_AHEAD);
  const holder = new Map<string, number>();
  lastDomain.forEach((domain, slot) => {
    if (domain !== undefined) holder.set(domain, slot);
  });
  const queuedDomains = new Set<string>();
  for (let at = 0; at < end; at++) {
    const domain = queue[at]!.request.domain;
    if (domain === undefined) continue;
    queuedDomains.add(domain);
    const slot = holder.get(domain);
    if (slot !== undefined && idle.includes(slot)) return [slot, at];
  }
  // An idle worker whose warm domain has no program waiting loses nothing by taking another.
  const free = idle.find((slot) => !queuedDomains.has(lastDomain[slot] ?? '')) ?? idle[idle.length - 1]!;
  for (let at = 0; at < end; at++) {
    const domain = queue[at]!.request.domain;
    if (domain === undefined || !holder.has(domain)) return [free, at];
  }
  return [free, 0];
}
