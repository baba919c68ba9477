import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface CruxItem {
  readonly id: string;
  readonly code: string;
  readonly input: string;
  readonly output: string;
}

const CORPUS_PATH = fileURLToPath(new URL('../../../../shared/data/cruxeval.jsonl', import.meta.url));

/** The CRUXEval items shared with the tests (one JSON object per line). */
export function loadCruxEval(): CruxItem[] {
  return readFileSync(process.env.SEMTRACE_CRUXEVAL ?? CORPUS_PATH, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CruxItem);
}
