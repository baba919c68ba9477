/**
 * Adds the real trace to items whose source has none (CRUXEval): runs their programs in the engine,
 * streamed through `runMany`, and records the trace, how the run ended and its length. The engine is
 * asked for only when an item needs it.
 */
import type { Engine } from '../engine/engine.js';
import type { RunRequest } from '../engine/types.js';
import type { TaskItem } from './types.js';

export function runRequestFor(item: TaskItem): RunRequest {
  return item.mode === 'call'
    ? { code: item.code, mode: 'call', call: item.input.call, trace: true }
    : { code: item.code, mode: 'script', stdin: item.input.stdin ?? '', trace: true };
}

export async function* withTraces(
  items: AsyncIterable<TaskItem>,
  getEngine: () => Promise<Engine>,
): AsyncGenerator<TaskItem> {
  const iterator = items[Symbol.asyncIterator]();
  // Items that carry a trace pass straight through until the first one that needs a run.
  let first: TaskItem | undefined;
  for (;;) {
    const next = await iterator.next();
    if (next.done) return;
    if (!next.value.trace) {
      first = next.value;
      break;
    }
    yield next.value;
  }
  const engine = await getEngine();
  const pending: TaskItem[] = [first];
  async function* requests(): AsyncGenerator<RunRequest> {
    yield runRequestFor(first!);
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      pending.push(next.value);
      // An item that already has a trace is run as a no-op so the order of results stays simple.
      yield next.value.trace ? { code: 'pass', trace: false } : runRequestFor(next.value);
    }
  }
  for await (const { result } of engine.runMany(requests())) {
    const item = pending.shift()!;
    if (!item.trace) {
      const { exception } = result;
      item.trace = result.steps;
      item.status = result.status;
      item.exception = exception
        ? { type: exception.type, message: exception.message, line: exception.line }
        : null;
      item.meta.traceLength = result.steps.length;
    }
    yield item;
  }
}
