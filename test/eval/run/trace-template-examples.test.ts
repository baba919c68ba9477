/**
 * The worked examples in the trace prompt templates are what the `codeexecutor` renderer writes for
 * those programs today, so a model is shown exactly the format its answers are scored against.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/engine/engine.js';
import { renderCodeExecutor } from '../../../src/formats/codeexecutor.js';
import { repoRoot } from '../../support/paths.js';

const TEMPLATES = ['trace-few-shot-direct.txt', 'trace-few-shot-cot.txt'];

/** Between `[TAG]` and `[/TAG]`, without the surrounding newlines. */
function block(text: string, tag: string): string | null {
  const start = text.indexOf(`[${tag}]\n`);
  if (start === -1) return null;
  const end = text.indexOf(`\n[/${tag}]`, start);
  return text.slice(start + tag.length + 3, end);
}

describe('trace prompt templates', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine({ backend: 'native', workers: 1 });
  });
  afterAll(() => engine?.close());

  it.each(TEMPLATES)('%s shows examples rendered as the codeexecutor format renders them', async (name) => {
    const template = readFileSync(join(repoRoot, 'templates', name), 'utf8');
    const examples = template.split(/^=== examples(?:@script)? ===$/m).slice(1);
    expect(examples).toHaveLength(2);
    for (const example of examples) {
      const code = `${block(example, 'PYTHON')!
        .split('\n')
        .map((line) => line.replace(/^\d+ \| ?/, ''))
        .join('\n')}\n`;
      const call = block(example, 'CALL');
      const stdin = block(example, 'INPUT');
      const mode = call === null ? 'script' : 'call';
      const run = {
        code,
        mode,
        call: call ?? undefined,
        stdin: stdin === null ? undefined : `${stdin}\n`,
      } as const;
      const result = await engine.run(run);
      const input = mode === 'call' ? { call: call! } : { stdin: `${stdin}\n` };
      expect(block(example, 'ANSWER')).toBe(renderCodeExecutor({ code, mode, input, result }));
    }
  });
});
