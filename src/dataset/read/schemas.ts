/**
 * JSON Schema validation of manifests and samples. The schemas live in `schema/` at the package root
 * (shipped with the package, usable from other languages); this file and its compiled twin in `dist/`
 * are both three folders below the root, so one relative URL finds them from source and from the build.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Manifest, Sample } from '../types.js';

const schemaRoot = new URL('../../../schema/', import.meta.url);

function compile<T>(file: string): ValidateFunction<T> {
  const schema = JSON.parse(readFileSync(new URL(file, schemaRoot), 'utf8'));
  return new Ajv({ allErrors: true, strict: false }).compile<T>(schema);
}

let manifestValidator: ValidateFunction<Manifest> | undefined;
let sampleValidator: ValidateFunction<Sample> | undefined;

/** Ajv errors as short lines such as `/shards/0/sha256 must match pattern "^[0-9a-f]{64}$"`. */
export function describeSchemaErrors(errors: ErrorObject[] | null | undefined, limit = 8): string {
  const lines = (errors ?? []).map(
    (error) => `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`,
  );
  const shown = lines.slice(0, limit);
  if (lines.length > limit) shown.push(`… and ${lines.length - limit} more`);
  return shown.join('; ');
}

/** Returns null for a valid manifest, else a readable list of what is wrong. */
export function manifestProblems(value: unknown): string | null {
  manifestValidator ??= compile<Manifest>('manifest.schema.json');
  return manifestValidator(value) ? null : describeSchemaErrors(manifestValidator.errors);
}

/** Returns null for a valid sample record, else a readable list of what is wrong. */
export function sampleProblems(value: unknown): string | null {
  sampleValidator ??= compile<Sample>('sample.schema.json');
  return sampleValidator(value) ? null : describeSchemaErrors(sampleValidator.errors);
}
