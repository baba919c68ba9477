import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The 800 CRUXEval records (MIT), committed as a fixture with their licence and provenance. */
export const cruxevalPath = fileURLToPath(new URL('../fixtures/cruxeval/cruxeval.jsonl', import.meta.url));
