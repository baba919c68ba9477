/**
 * One evaluation item: the real run (re-run by the server) in the stepper, beside the model's answer.
 * For the trace task the predicted trace is aligned with the real one step by step, the first
 * divergence marked and differing values highlighted; a row click moves the stepper there.
 */
import { useMemo, useState } from 'preact/hooks';
import { debugQuestionText } from '../../../debug/prompt.js';
import type { ItemView } from '../../api-types.js';
import { api } from '../api.js';
import { Show, useLoaded } from '../components/loading.js';
import { comparePrediction, realTraceText } from '../model/prediction.js';
import { Stepper } from '../stepper/stepper.js';
import { AlignmentTable } from './alignment-table.js';

function AnswerPanel({ view, sample }: { view: ItemView; sample: number }) {
  const { item } = view;
  const verdict = item.verdicts[sample];
  return (
    <section class="page" aria-label="answer">
      {item.question && (
        <div class="card">
          <h3>Question</h3>
          <code>{JSON.stringify(item.question)}</code>
        </div>
      )}
      {item.debug && (
        <div class="card" data-testid="debug-question">
          <h3>Debugger</h3>
          <pre class="prompt-text">{debugQuestionText(item.debug)}</pre>
        </div>
      )}
      <div class="card" data-testid="answer-card">
        <h3>Predicted vs real</h3>
        <table class="figures">
          <tbody>
            <tr>
              <td>predicted</td>
              <td
                data-testid="predicted-answer"
                class={verdict?.correct ? 'verdict-correct' : 'verdict-wrong'}
              >
                {item.extracted[sample]?.answer ?? `(none: ${item.extracted[sample]?.how ?? 'no response'})`}
              </td>
            </tr>
            <tr>
              <td>real</td>
              <td data-testid="real-answer">
                {item.debug ? JSON.stringify(item.debug.answer) : item.output}
              </td>
            </tr>
            <tr>
              <td>verdict</td>
              <td>
                {verdict?.reason ?? '—'}
                {verdict?.detail ? ` · ${verdict.detail}` : ''}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <div class="card">
        <h3>Response</h3>
        <pre class="prompt-text">{item.responses[sample] ?? ''}</pre>
      </div>
      {item.prompt && (
        <details class="card">
          <summary>Prompt</summary>
          <pre class="prompt-text">{item.prompt}</pre>
        </details>
      )}
    </section>
  );
}

function ItemBody({ view }: { view: ItemView }) {
  const { item, real } = view;
  const [sample, setSample] = useState(0);
  const [jump, setJump] = useState<{ step: number } | undefined>();
  const comparison = useMemo(() => {
    if (item.task !== 'trace') return undefined;
    const predicted = item.extracted[sample]?.answer ?? '';
    return comparePrediction(predicted, realTraceText(item.code, item.mode, item.input, real), real);
  }, [item, real, sample]);
  const verdict = item.verdicts[sample];
  return (
    <>
      <div class="pvr-summary" data-testid="item-head">
        <a href="#/">← report</a>
        <span class="mono">{item.id}</span>
        <span>task {item.task}</span>
        <span class={verdict?.correct ? 'verdict-correct' : 'verdict-wrong'}>
          {verdict?.reason ?? 'no answer'}
        </span>
        {item.responses.length > 1 && (
          <label>
            sample{' '}
            <select aria-label="sample" onChange={(e) => setSample(Number(e.currentTarget.value))}>
              {item.responses.map((_, index) => (
                <option key={index} value={index}>
                  {index + 1}
                </option>
              ))}
            </select>
          </label>
        )}
        {comparison && (
          <span data-testid="comparison-figures">
            {comparison.sameSteps} of {comparison.realSteps} real steps predicted exactly ·{' '}
            {comparison.predictedSteps} predicted
            {comparison.firstDivergence >= 0
              ? ` · first divergence at row ${comparison.firstDivergence + 1}`
              : ' · no divergence'}
          </span>
        )}
      </div>
      <div class="pvr">
        <div>
          {comparison ? (
            <AlignmentTable
              comparison={comparison}
              onRow={(row) => {
                const step = comparison.rows[row]?.realStep;
                if (step !== undefined) setJump({ step });
              }}
            />
          ) : (
            <AnswerPanel view={view} sample={sample} />
          )}
        </div>
        <div class="trace-area">
          <Stepper code={item.code} steps={real.steps} outcome={real} title="real run" jump={jump} />
        </div>
      </div>
    </>
  );
}

export function ItemPage({ id }: { id: string }) {
  const loaded = useLoaded(() => api.item(id), [id]);
  return <Show loaded={loaded}>{(view) => <ItemBody view={view} />}</Show>;
}
