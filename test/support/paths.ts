import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Shared test data lives beside the project checkout. */
export const cruxevalPath = fileURLToPath(new URL('../../../shared/data/cruxeval.jsonl', import.meta.url));
export const hasCruxeval = existsSync(cruxevalPath);
