/** Evaluation items, filterable by verdict, task and text, read page by page from results.jsonl. */
import { useState } from 'preact/hooks';
import type { ItemFilter, ItemSummary } from '../../api-types.js';
import { api } from '../api.js';
import { type Column, PagedTable, usePagedQuery } from '../components/paged-table.js';
import { navigate } from '../router.js';

const COLUMNS: Column<ItemSummary>[] = [
  { title: 'id', cell: (item) => item.id, class: 'mono' },
  { title: 'task', cell: (item) => item.task },
  {
    title: 'verdict',
    cell: (item) => item.verdict,
    class: (item) => (item.correct ? 'verdict-correct' : 'verdict-wrong'),
  },
  { title: 'level', cell: (item) => item.level ?? '—' },
  { title: 'steps', cell: (item) => item.traceLength ?? '—' },
  { title: 'operator', cell: (item) => item.operator ?? '—' },
  { title: 'answer', cell: (item) => item.answer ?? '—', class: 'preview' },
];

export function ItemList({ verdicts }: { verdicts: Record<string, number> }) {
  const query = usePagedQuery<ItemFilter, ItemSummary>({}, api.items);
  const update = query.update;
  const [text, setText] = useState('');
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
      <PagedTable
        query={query}
        columns={COLUMNS}
        testId="item-table"
        rowAttributes={(item) => ({ 'data-item': item.id })}
        onOpen={(item) => navigate('eval', 'item', item.id)}
      />
    </section>
  );
}
