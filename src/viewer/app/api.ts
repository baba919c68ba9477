/** The app's side of the viewer API (src/viewer/server/api-routes.ts): typed fetches, errors as exceptions. */

import type { Sample } from '../../dataset/types.js';
import type {
  ApiError,
  DatasetManifest,
  ItemFilter,
  ItemSummary,
  ItemView,
  MutateResponse,
  Page,
  PipelineItemSummary,
  PipelineItemView,
  ProgramView,
  SampleFilter,
  SampleSummary,
  SessionInfo,
} from '../api-types.js';

export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, init);
  const body = (await response.json()) as T | ApiError;
  if (!response.ok) {
    const error = (body as ApiError).error ?? { code: 'HTTP', message: response.statusText };
    throw new ApiFailure(error.code, error.message);
  }
  return body as T;
}

function query(values: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params.toString();
}

export const api = {
  session: () => request<SessionInfo>('/api/session'),
  program: () => request<ProgramView>('/api/program'),
  manifest: () => request<DatasetManifest>('/api/dataset/manifest'),
  samples: (filter: SampleFilter, offset: number, limit: number) =>
    request<Page<SampleSummary>>(`/api/dataset/samples?${query({ ...filter, offset, limit })}`),
  sample: (split: string, id: string) => request<Sample>(`/api/dataset/sample?${query({ split, id })}`),
  evalSummary: () => request<{ summary: unknown; verdicts: Record<string, number> }>('/api/eval/summary'),
  items: (filter: ItemFilter, offset: number, limit: number) =>
    request<Page<ItemSummary>>(`/api/eval/items?${query({ ...filter, offset, limit })}`),
  item: (id: string) => request<ItemView>(`/api/eval/item?${query({ id })}`),
  pipelineManifest: () => request<Record<string, unknown>>('/api/pipeline/manifest'),
  pipelineItems: (offset: number, limit: number) =>
    request<Page<PipelineItemSummary>>(`/api/pipeline/items?${query({ offset, limit })}`),
  pipelineItem: (id: string) => request<PipelineItemView>(`/api/pipeline/item?${query({ id })}`),
  mutate: (code: string, max = 100) =>
    request<MutateResponse>('/api/mutate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code, max }),
    }),
};
