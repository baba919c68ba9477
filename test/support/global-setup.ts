/**
 * Runs once around the whole test run: says which optional system programs are missing and which tests
 * are skipped for it, before and after the run so the note sits beside the summary. Under CI=true a
 * missing program is an error instead: CI must install it (.ci/run does).
 */
import { probeRequirements } from './requirements.js';

function missingNote(): string | undefined {
  const missing = probeRequirements().filter((requirement) => !requirement.available);
  if (missing.length === 0) return undefined;
  const lines = missing.map(
    (requirement) =>
      `  - ${requirement.name}: ${requirement.reason}. Skipped: tests of ${requirement.needed}. ` +
      `Install: ${requirement.install}`,
  );
  const mandatory = missing.filter((requirement) => requirement.mandatoryInCi);
  if (process.env.CI === 'true' && mandatory.length > 0) {
    throw new Error(
      `CI needs every system program the tests use, and lacks: ${mandatory.map((requirement) => requirement.name).join(', ')}\n${lines.join('\n')}`,
    );
  }
  return `semtrace tests: SKIPPED, for what this machine lacks (the full suite needs it):\n${lines.join('\n')}`;
}

export function setup(): void {
  const note = missingNote();
  if (note) process.stdout.write(`\n${note}\n\n`);
}

export function teardown(): void {
  const note = missingNote();
  if (note) process.stdout.write(`\n${note}\n`);
}
