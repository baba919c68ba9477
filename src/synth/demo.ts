/**
 * The bundled demo (`--demo`): seeds, a stand-in benchmark and a replay file of scripted model answers in
 * `corpus/pipeline-demo/`, replayed through the same HTTP client a real server would be used with.
 */
import { fileURLToPath } from 'node:url';

export const DEMO_DIR = fileURLToPath(new URL('../../corpus/pipeline-demo/', import.meta.url));
export const DEMO_FILES = {
  seeds: `${DEMO_DIR}seeds.jsonl`,
  benchmark: `${DEMO_DIR}benchmark.jsonl`,
  replay: `${DEMO_DIR}replay.jsonl`,
  /** The synth output the annotate and debugdata demos start from. */
  programs: `${DEMO_DIR}programs.jsonl`,
};
/** Printed first by every `--demo` run, so nobody mistakes it for a model's live output. */
export const DEMO_BANNER =
  'DEMO: replaying recorded, scripted model answers from corpus/pipeline-demo/replay.jsonl through the OpenAI client on a loopback server; no model is asked.';
export const DEMO_MODEL = 'semtrace-demo';
