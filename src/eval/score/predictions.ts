/**
 * Reads a predictions file: one JSON object per line, `{"id": "sample_0", "predictions": ["…", …]}` or
 * `{"id": …, "prediction": "…"}`. A broken line is reported and skipped; the other lines still count.
 */
import { readFile } from 'node:fs/promises';
import { SemtraceError } from '../../errors.js';

export interface PredictionProblem {
  line: number;
  message: string;
}

export interface Predictions {
  byId: Map<string, string[]>;
  problems: PredictionProblem[];
}

/** Parses the text of a predictions file (pure). Repeated ids add their predictions to the same item. */
export function parsePredictions(text: string): Predictions {
  const byId = new Map<string, string[]>();
  const problems: PredictionProblem[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      problems.push({ line, message: `not valid JSON (${(error as Error).message})` });
      return;
    }
    const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    if (typeof record.id !== 'string' || record.id === '') {
      problems.push({ line, message: 'no string "id"' });
      return;
    }
    const list = Array.isArray(record.predictions)
      ? record.predictions
      : typeof record.prediction === 'string'
        ? [record.prediction]
        : null;
    if (list === null || !list.every((entry) => typeof entry === 'string')) {
      problems.push({
        line,
        message: `id ${record.id}: needs "predictions" (a list of strings) or "prediction" (a string)`,
      });
      return;
    }
    byId.set(record.id, [...(byId.get(record.id) ?? []), ...(list as string[])]);
  });
  return { byId, problems };
}

export async function readPredictions(path: string): Promise<Predictions> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new SemtraceError(
      'SEMTRACE_FILE_NOT_FOUND',
      `cannot read predictions '${path}': ${(error as Error).message}`,
    );
  }
  const predictions = parsePredictions(text);
  if (predictions.byId.size === 0) {
    const first = predictions.problems[0];
    throw new SemtraceError(
      'SEMTRACE_PREDICTIONS_INVALID',
      `'${path}' holds no usable prediction${first ? ` (line ${first.line}: ${first.message})` : ''}; write one JSON line per item: {"id": "sample_0", "predictions": ["…"]}`,
    );
  }
  return predictions;
}
