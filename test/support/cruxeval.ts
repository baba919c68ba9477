import { readFileSync } from 'node:fs';
import { cruxevalPath } from './paths.js';

export interface CruxItem {
  id: string;
  code: string;
  input: string;
  output: string;
}

export function loadCruxeval(): CruxItem[] {
  return readFileSync(cruxevalPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CruxItem);
}
