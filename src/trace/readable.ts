/** A trace as text for a person: each executed line with its source and what it changed. */
import type { RunResult, TraceStep } from '../engine/types.js';
import { diffVariables, stateAfter } from './state-after.js';

export function renderReadableTrace(result: RunResult, source: string): string {
  const lines = source.split('\n');
  const out: string[] = [];
  const steps = result.steps;
  steps.forEach((step, index) => {
    out.push(renderStep(step, index, steps, lines));
    if (step.stdout) {
      for (const printed of step.stdout.replace(/\n$/, '').split('\n'))
        out.push(`${' '.repeat(14)}print> ${printed}`);
    }
  });
  out.push('');
  out.push(summary(result));
  return out.join('\n');
}

function renderStep(step: TraceStep, index: number, steps: readonly TraceStep[], lines: string[]): string {
  const indent = '  '.repeat(step.depth);
  const head = `${String(index).padStart(5)} ${String(step.line).padStart(4)}  ${indent}`;
  if (step.event === 'call') {
    const args = Object.entries(step.locals)
      .map(([name, value]) => `${name}=${value.repr}`)
      .join(', ');
    return `${head}call ${step.func}(${args})`;
  }
  if (step.event === 'return') return `${head}return ${step.func} -> ${step.value?.repr ?? 'None'}`;
  if (step.event === 'exception') {
    return `${head}exception in ${step.func}: ${step.exception?.type}: ${step.exception?.message}`;
  }
  const text = (lines[step.line - 1] ?? '').trim();
  const changes = diffVariables(step.locals, stateAfter(steps, index))
    .map((change) => (change.after === undefined ? `del ${change.name}` : `${change.name} = ${change.after}`))
    .join('; ');
  return changes ? `${head}${text.padEnd(Math.max(36 - indent.length, 0))}  # ${changes}` : `${head}${text}`;
}

function summary(result: RunResult): string {
  const parts = [`status: ${result.status}`, `steps: ${result.stepCount}`];
  if (result.returnRepr !== null) parts.push(`returned: ${result.returnRepr}`);
  if (result.exception) {
    const where = result.exception.line ? ` (line ${result.exception.line})` : '';
    parts.push(`exception: ${result.exception.type}: ${result.exception.message}${where}`);
  }
  parts.push(`python: ${result.python} (${result.backend}, ${result.isolation} isolation)`);
  return parts.join('  |  ');
}
