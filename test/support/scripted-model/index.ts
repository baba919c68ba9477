/**
 * A scripted model for the pipeline commands: given the prompt semtrace sent, the answer a model might
 * give. Plugged into the loopback OpenAI server (test/support/fake-openai-server.ts) by the tests, and used
 * to record the bundled demo replay.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../paths.js';
import { annotateAnswer } from './annotate-answers.js';
import { debugAnswer } from './debug-answers.js';
import { MORE_INPUTS, SCRIPTED_SEEDS, SYNTH_ANSWERS } from './synth-answers.js';

export { DEMO_BENCHMARK, SCRIPTED_SEEDS } from './synth-answers.js';

export function seedCode(id: string): string {
  return readFileSync(join(repoRoot, 'corpus', 'seeds', `${id}.py`), 'utf8');
}

/** The scripted seeds as JSONL lines `{id, code}`. */
export function scriptedSeedsJsonl(): string {
  return SCRIPTED_SEEDS.map((id) => JSON.stringify({ id, code: seedCode(id) }))
    .join('\n')
    .concat('\n');
}

/** The answer to one prompt (the user message), or null when the script has none. */
export function scriptedAnswer(prompt: string, seed: number | undefined): string | null {
  const snippet = /\[SNIPPET\]\n([\s\S]*?)\n\[\/SNIPPET\]/.exec(prompt)?.[1];
  if (snippet !== undefined) {
    const id = SCRIPTED_SEEDS.find((name) => seedCode(name).trimEnd() === snippet);
    return id ? SYNTH_ANSWERS[id]! : null;
  }
  const more = /more calls of `([A-Za-z_]\w*)`/.exec(prompt)?.[1];
  if (more !== undefined) return MORE_INPUTS[more] ?? '[INPUTS]\n[/INPUTS]';
  return annotateAnswer(prompt, seed) ?? debugAnswer(prompt, seed);
}
