/** `semtrace view EVAL_DIR`: the run's scores and its items, or one item (`#/eval/item/ID`). */
import { api } from '../api.js';
import { Show, useLoaded } from '../components/loading.js';
import { ItemList } from './item-list.js';
import { ItemPage } from './item-page.js';
import { SummaryFigures } from './summary-figures.js';

export function EvalPage({ route }: { route: string[] }) {
  const summary = useLoaded(() => api.evalSummary(), []);
  if (route[0] === 'item' && route[1]) return <ItemPage id={route[1]} />;
  return (
    <Show loaded={summary}>
      {(value) => (
        <div class="page">
          <SummaryFigures json={value.summary} />
          <ItemList verdicts={value.verdicts} />
        </div>
      )}
    </Show>
  );
}
