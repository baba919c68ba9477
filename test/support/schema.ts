import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { repoRoot } from './paths.js';

const schema = JSON.parse(readFileSync(`${repoRoot}schema/run-result.schema.json`, 'utf8'));
export const validateRunResult = new Ajv({ allErrors: true }).compile(schema);
