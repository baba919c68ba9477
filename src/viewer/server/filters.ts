/**
 * Pure filters and list views of dataset samples and evaluation items, and the parsing of the query
 * strings the app sends for them.
 */
import { LEVELS, type Sample, SPLITS } from '../../dataset/types.js';
import { SemtraceError } from '../../errors.js';
import type { ItemResult } from '../../eval/types.js';
import type { ItemFilter, ItemSummary, SampleFilter, SampleSummary } from '../api-types.js';

export const MAX_PAGE = 200;

export function pageRange(query: URLSearchParams): { offset: number; limit: number } {
  const offset = wholeNumber(query, 'offset') ?? 0;
  const limit = Math.min(wholeNumber(query, 'limit') ?? 50, MAX_PAGE);
  return { offset, limit };
}

function wholeNumber(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new SemtraceError('SEMTRACE_BAD_REQUEST', `${name} must be a whole number >= 0, got '${raw}'`);
  }
  return value;
}

function oneOf<T extends string>(query: URLSearchParams, name: string, allowed: readonly T[]): T | undefined {
  const raw = query.get(name);
  if (!raw) return undefined;
  if (!allowed.includes(raw as T)) {
    throw new SemtraceError(
      'SEMTRACE_BAD_REQUEST',
      `${name} must be one of ${allowed.join(', ')}, got '${raw}'`,
    );
  }
  return raw as T;
}

export function sampleFilterFrom(query: URLSearchParams): SampleFilter {
  return {
    split: oneOf(query, 'split', SPLITS),
    level: oneOf(query, 'level', LEVELS),
    operator: query.get('operator') || undefined,
    status: query.get('status') || undefined,
    minLength: wholeNumber(query, 'minLength'),
    maxLength: wholeNumber(query, 'maxLength'),
    text: query.get('text') || undefined,
  };
}

export function itemFilterFrom(query: URLSearchParams): ItemFilter {
  return {
    verdict: query.get('verdict') || undefined,
    task: query.get('task') || undefined,
    text: query.get('text') || undefined,
  };
}

export function summarizeSample(sample: Sample): SampleSummary {
  return {
    id: sample.id,
    split: sample.split,
    level: sample.level,
    status: sample.status,
    traceLength: sample.traceLength,
    operators: sample.mutation?.operators ?? [],
    inputOrigin: sample.inputOrigin,
    preview: sample.code.split('\n').find((line) => line.trim() !== '') ?? '',
  };
}

/** The headline verdict of an item: its first sample's (what pass@1 with one sample counts). */
export function itemVerdict(item: ItemResult): { verdict: string; correct: boolean } {
  if (item.error) return { verdict: 'request_failed', correct: false };
  const first = item.verdicts[0];
  if (!first) return { verdict: 'no_answer', correct: false };
  return { verdict: first.reason, correct: first.correct };
}

export function matchesItem(item: ItemResult, filter: ItemFilter): boolean {
  if (filter.task && item.task !== filter.task) return false;
  if (filter.verdict) {
    const { verdict, correct } = itemVerdict(item);
    const wanted = filter.verdict;
    if (wanted === 'wrong' ? correct : wanted !== verdict) return false;
  }
  if (filter.text) {
    const needle = filter.text.toLowerCase();
    const haystack = `${item.id}\n${item.code}\n${item.responses.join('\n')}`;
    if (!haystack.toLowerCase().includes(needle)) return false;
  }
  return true;
}

export function summarizeItem(item: ItemResult): ItemSummary {
  const { verdict, correct } = itemVerdict(item);
  const answer = item.extracted[0]?.answer ?? null;
  return {
    id: item.id,
    task: item.task,
    verdict,
    correct,
    level: item.meta.level,
    traceLength: item.meta.traceLength,
    operator: item.meta.operator,
    passAt1: item.passAtK['1'],
    answer: answer && answer.length > 120 ? `${answer.slice(0, 117)}...` : answer,
  };
}
