/**
 * A built dataset as the viewer reads it, through the library's dataset reader: the manifest, and
 * samples page by page (a streaming scan, never the whole dataset in memory).
 */
import { type Dataset, openDataset } from '../../dataset/read/open-dataset.js';
import type { SampleFilter as ReaderFilter } from '../../dataset/read/sample-filter.js';
import { type Manifest, type Sample, SPLITS, type Split } from '../../dataset/types.js';
import type { RunStatus } from '../../engine/types.js';
import { SemtraceError } from '../../errors.js';
import type { Page, SampleFilter, SampleSummary } from '../api-types.js';
import { summarizeSample } from './filters.js';

function readerFilter(filter: SampleFilter): ReaderFilter {
  return {
    level: filter.level,
    operator: filter.operator,
    status: filter.status as RunStatus | undefined,
    minTraceLength: filter.minLength,
    maxTraceLength: filter.maxLength,
    text: filter.text,
  };
}

export class DatasetSource {
  private constructor(private readonly dataset: Dataset) {}

  static async open(dir: string): Promise<DatasetSource> {
    return new DatasetSource(await openDataset(dir));
  }

  get manifest(): Manifest {
    return this.dataset.manifest;
  }

  /** The split a page without one shows: the first that has samples. */
  private defaultSplit(): Split {
    const perSplit = this.manifest.counts.perSplit;
    return SPLITS.find((split) => (perSplit?.[split]?.samples ?? 0) > 0) ?? 'train';
  }

  async page(filter: SampleFilter, offset: number, limit: number): Promise<Page<SampleSummary>> {
    const split = filter.split ?? this.defaultSplit();
    const page = await this.dataset.page(split, offset, limit, readerFilter(filter));
    return { total: page.total, offset: page.offset, items: page.samples.map(summarizeSample) };
  }

  async sample(split: string | undefined, id: string): Promise<Sample> {
    const splits = split ? [split as Split] : [...SPLITS];
    for (const each of splits) {
      for await (const sample of this.dataset.samples(each)) if (sample.id === id) return sample;
    }
    throw new SemtraceError('SEMTRACE_BAD_REQUEST', `no sample with id ${id} in this dataset`);
  }
}
