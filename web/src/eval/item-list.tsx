/** Evaluation items, filterable by verdict, task and text, read page by page from results.jsonl. */
import { useState } from 'preact/hooks';
import type { ItemFilter } from '../../../src/web/api-types.js';
import { api } from '../api.js';
import { Show, useLoaded } from '../components/loading.js';
import { Pager } from '../components/pager.js';
import { navigate } from '../router.js';

const PAGE = 25;

export function ItemList({ verdicts }: { verdicts: Record<string, number> }) {
  const [filter, setFilter] = useState<ItemFilter>({});
  const [text, setText] = useState('');
  const [offset, setOffset] = useState(0);
  const page = useLoaded(() => api.items(filter, offset, PAGE), [JSON.stringify(filter), offset]);
  const update = (change: Partial<ItemFilter>) => {
    setFilter({ ...filter, ...change });
    setOffset(0);
  };
  const wrong = Object.entries(verdicts).reduce(
    (sum, [name, count]) => (name === 'correct' ? sum : sum + count),
    0,
  );
  return (
    <section aria-label="items">
      <h2>Items</h2>
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          update({ text: text || undefined });
        }}
      >
        <select
          aria-label="verdict"
          onChange={(e) => update({ verdict: e.currentTarget.value || undefined })}
        >
          <option value="">every verdict</option>
          <option value="wrong">wrong ({wrong})</option>
          {Object.entries(verdicts).map(([name, count]) => (
            <option key={name} value={name}>
              {name} ({count})
            </option>
          ))}
        </select>
        <select aria-label="task" onChange={(e) => update({ task: e.currentTarget.value || undefined })}>
          <option value="">every task</option>
          {['output', 'input', 'trace', 'state'].map((task) => (
            <option key={task}>{task}</option>
          ))}
        </select>
        <input
          aria-label="search text"
          placeholder="search id, code, responses"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit">search</button>
      </form>
      <Show loaded={page}>
        {(result) => (
          <>
            <table class="list" data-testid="item-table">
              <thead>
                <tr>
                  <th>id</th>
                  <th>task</th>
                  <th>verdict</th>
                  <th>level</th>
                  <th>steps</th>
                  <th>operator</th>
                  <th>answer</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((item) => (
                  <tr
                    class="row"
                    key={item.id}
                    data-item={item.id}
                    onClick={() => navigate('eval', 'item', item.id)}
                  >
                    <td class="mono">{item.id}</td>
                    <td>{item.task}</td>
                    <td class={item.correct ? 'verdict-correct' : 'verdict-wrong'}>{item.verdict}</td>
                    <td>{item.level ?? '—'}</td>
                    <td>{item.traceLength ?? '—'}</td>
                    <td>{item.operator ?? '—'}</td>
                    <td class="preview">{item.answer ?? '—'}</td>
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
