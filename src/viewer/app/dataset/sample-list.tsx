/** Samples of a dataset, filtered and read page by page from the server. */
import { useState } from 'preact/hooks';
import { LEVELS, type Manifest, SPLITS } from '../../../dataset/types.js';
import type { SampleFilter, SampleSummary } from '../../api-types.js';
import { api } from '../api.js';
import { type Column, PagedTable, usePagedQuery } from '../components/paged-table.js';
import { navigate } from '../router.js';

const COLUMNS: Column<SampleSummary>[] = [
  { title: 'id', cell: (sample) => sample.id, class: 'mono' },
  { title: 'split', cell: (sample) => sample.split },
  { title: 'level', cell: (sample) => sample.level },
  { title: 'operator', cell: (sample) => sample.operators.join('+') || '—' },
  { title: 'status', cell: (sample) => sample.status },
  { title: 'steps', cell: (sample) => sample.traceLength },
  { title: 'program', cell: (sample) => sample.preview, class: 'preview' },
];

export function SampleList({ manifest }: { manifest: Manifest }) {
  const firstSplit = SPLITS.find((split) => (manifest.counts.perSplit?.[split]?.samples ?? 0) > 0) ?? 'train';
  const query = usePagedQuery<SampleFilter, SampleSummary>({ split: firstSplit }, api.samples);
  const { filter, update } = query;
  const [text, setText] = useState('');
  const operators = Object.keys(manifest.counts.perOperator ?? {}).sort();
  const statuses = Object.keys(manifest.counts.perStatus ?? {}).sort();
  const optional = (value: string) => (value === '' ? undefined : value);
  return (
    <section aria-label="samples">
      <h2>Samples</h2>
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          update({ text: optional(text) });
        }}
      >
        <select
          aria-label="split"
          value={filter.split}
          onChange={(e) => update({ split: e.currentTarget.value as SampleFilter['split'] })}
        >
          {SPLITS.map((split) => (
            <option key={split} value={split}>
              {split} ({manifest.counts.perSplit?.[split]?.samples ?? 0})
            </option>
          ))}
        </select>
        <select
          aria-label="level"
          onChange={(e) => update({ level: optional(e.currentTarget.value) as SampleFilter['level'] })}
        >
          <option value="">all levels</option>
          {LEVELS.map((level) => (
            <option key={level}>{level}</option>
          ))}
        </select>
        <select aria-label="operator" onChange={(e) => update({ operator: optional(e.currentTarget.value) })}>
          <option value="">any program</option>
          <option value="none">original programs</option>
          {operators.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
        <select aria-label="status" onChange={(e) => update({ status: optional(e.currentTarget.value) })}>
          <option value="">any status</option>
          {statuses.map((status) => (
            <option key={status}>{status}</option>
          ))}
        </select>
        <input
          aria-label="minimum trace length"
          type="number"
          min={0}
          placeholder="min steps"
          style={{ width: '90px' }}
          onChange={(e) =>
            update({ minLength: e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value) })
          }
        />
        <input
          aria-label="maximum trace length"
          type="number"
          min={0}
          placeholder="max steps"
          style={{ width: '90px' }}
          onChange={(e) =>
            update({ maxLength: e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value) })
          }
        />
        <input
          aria-label="search text"
          placeholder="search program text"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit">search</button>
      </form>
      <PagedTable
        query={query}
        columns={COLUMNS}
        testId="sample-table"
        rowAttributes={(sample) => ({ 'data-sample': sample.id })}
        onOpen={(sample) => navigate('dataset', 'sample', sample.split, sample.id)}
      />
    </section>
  );
}
