/** Samples of a dataset, filtered and read page by page from the server. */
import { useState } from 'preact/hooks';
import { LEVELS, type Manifest, SPLITS } from '../../../src/dataset/types.js';
import type { SampleFilter } from '../../../src/web/api-types.js';
import { api } from '../api.js';
import { Show, useLoaded } from '../components/loading.js';
import { Pager } from '../components/pager.js';
import { navigate } from '../router.js';

const PAGE = 25;

export function SampleList({ manifest }: { manifest: Manifest }) {
  const firstSplit = SPLITS.find((split) => (manifest.counts.perSplit?.[split]?.samples ?? 0) > 0) ?? 'train';
  const [filter, setFilter] = useState<SampleFilter>({ split: firstSplit });
  const [text, setText] = useState('');
  const [offset, setOffset] = useState(0);
  const page = useLoaded(() => api.samples(filter, offset, PAGE), [JSON.stringify(filter), offset]);
  const update = (change: Partial<SampleFilter>) => {
    setFilter({ ...filter, ...change });
    setOffset(0);
  };
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
      <Show loaded={page}>
        {(result) => (
          <>
            <table class="list" data-testid="sample-table">
              <thead>
                <tr>
                  <th>id</th>
                  <th>split</th>
                  <th>level</th>
                  <th>operator</th>
                  <th>status</th>
                  <th>steps</th>
                  <th>program</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((sample) => (
                  <tr
                    class="row"
                    key={sample.id}
                    data-sample={sample.id}
                    onClick={() => navigate('dataset', 'sample', sample.split, sample.id)}
                  >
                    <td class="mono">{sample.id}</td>
                    <td>{sample.split}</td>
                    <td>{sample.level}</td>
                    <td>{sample.operators.join('+') || '—'}</td>
                    <td>{sample.status}</td>
                    <td>{sample.traceLength}</td>
                    <td class="preview">{sample.preview}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager offset={result.offset} limit={PAGE} total={result.total} onOffset={setOffset} />
          </>
        )}
      </Show>
    </section>
  );
}
