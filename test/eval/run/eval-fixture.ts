/**
 * Shared set-up of the run tests: a scripted fake model over the first CRUXEval items. The model
 * answers the true output for items whose index is even and a wrong value for odd ones, so the
 * expected score of any subset is known.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EvalConfig } from '../../../src/eval/types.js';
import { type CruxItem, loadCruxeval } from '../../support/cruxeval.js';
import type { FakeReply, FakeRequest } from '../../support/fake-openai-server.js';
import { cruxevalPath } from '../../support/paths.js';

export const WRONG = "'semtrace: certainly not the output'";

export function firstItems(count: number): CruxItem[] {
  return loadCruxeval().slice(0, count);
}

/** Which CRUXEval item a rendered output-prediction prompt asks about (its code and last `assert … == ??`). */
export function itemOfPrompt(prompt: string, items: CruxItem[]): { item: CruxItem; index: number } {
  const calls = [...prompt.matchAll(/^assert (.*) == \?\?$/gm)];
  const call = calls.at(-1)?.[1];
  // Several CRUXEval programs share an input, so the program text decides too.
  const index = items.findIndex((item) => `f(${item.input})` === call && prompt.includes(item.code));
  if (index === -1) throw new Error(`prompt asks about no known item: ${call}`);
  return { item: items[index]!, index };
}

/** Correct for even indexes, wrong for odd, written the way a chat model would. */
export function scriptedAnswer(request: FakeRequest, items: CruxItem[]): FakeReply {
  const { item, index } = itemOfPrompt(request.prompt, items);
  const value = index % 2 === 0 ? item.output : WRONG;
  return {
    kind: 'answer',
    texts: [`Let me think.\n[ANSWER]\nassert f(${item.input}) == ${value}\n[/ANSWER]`],
  };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function evalConfig(baseURL: string, overrides: Partial<EvalConfig> = {}): EvalConfig {
  return {
    task: 'output',
    data: cruxevalPath,
    limit: 20,
    model: 'fake-model',
    baseURL,
    api: 'chat',
    apiKeyEnv: 'SEMTRACE_TEST_NO_SUCH_KEY',
    sampling: { n: 1, temperature: 0 },
    cot: false,
    fewShot: false,
    concurrency: 4,
    backend: 'native',
    workers: 1,
    outDir: tempDir('semtrace-run-'),
    cacheDir: tempDir('semtrace-cache-'),
    retry: { baseDelayMs: 10, maxDelayMs: 2000, timeoutMs: 1000 },
    ks: [1],
    ...overrides,
  };
}
