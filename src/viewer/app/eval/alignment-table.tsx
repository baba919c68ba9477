/** The aligned steps of a predicted and a real trace, one row per pair or gap. */
import { useEffect, useRef } from 'preact/hooks';
import type { CodeExecutorStep } from '../../../eval/score/trace/parse-codeexecutor.js';
import type { Comparison } from '../model/prediction.js';

/** A parsed value can carry the tail of the trace (`</state> <return> …`) on the last step: show the value only. */
function shown(value: string): string {
  const end = value.indexOf('</state>');
  return end === -1 ? value : value.slice(0, end).trim();
}

function StateCell({ step, differing }: { step: CodeExecutorStep | undefined; differing: Set<string> }) {
  if (!step) return <td class="state missing">(no step)</td>;
  if (step.isOutput) return <td class="state">{step.text.trim()}</td>;
  if (!step.hasState) return <td class="state">{step.text.trim()}</td>;
  const parts = [...step.state.entries()];
  return (
    <td class="state">
      {parts.length === 0 && <span class="missing">(no variables)</span>}
      {parts.map(([name, value], index) => [
        index > 0 ? '; ' : '',
        <span key={name} data-var={name} class={differing.has(name) ? 'var-diff' : ''}>
          {name} = {shown(value)}
        </span>,
      ])}
    </td>
  );
}

export function AlignmentTable({
  comparison,
  onRow,
}: {
  comparison: Comparison;
  onRow: (row: number) => void;
}) {
  const table = useRef<HTMLTableElement>(null);
  useEffect(() => {
    table.current?.querySelector('tr.first-divergence')?.scrollIntoView({ block: 'center' });
  }, [comparison]);
  return (
    <table class="align-table" ref={table} aria-label="predicted vs real steps">
      <thead>
        <tr>
          <th>#</th>
          <th>line</th>
          <th>real (state after the line)</th>
          <th>predicted</th>
        </tr>
      </thead>
      <tbody>
        {comparison.rows.map((row, index) => {
          const classes = [row.same ? 'same' : 'differs'];
          if (index === comparison.firstDivergence) classes.push('first-divergence');
          return (
            <tr
              key={index}
              class={classes.join(' ')}
              data-row={index}
              data-same={String(row.same)}
              onClick={() => onRow(index)}
            >
              <td>
                {index === comparison.firstDivergence ? '✗ ' : row.same ? '' : '≠ '}
                {index + 1}
              </td>
              <td>{row.line ?? ''}</td>
              <StateCell step={row.real} differing={row.differing} />
              <StateCell step={row.predicted} differing={row.differing} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
