/** One dataset sample in the stepper; a mutant shows its original program beside it with the edit marked. */
import type { Sample } from '../../../dataset/types.js';
import { api } from '../api.js';
import { Show, useLoaded } from '../components/loading.js';
import { type LineMark, SourceView } from '../stepper/source-view.js';
import { Stepper } from '../stepper/stepper.js';

function editMarks(sample: Sample): Map<number, LineMark> | undefined {
  const mutation = sample.mutation;
  if (!mutation) return undefined;
  const note = `${mutation.operators.join('+')}: ${mutation.original || '∅'} → ${mutation.replacement || '∅'}`;
  return new Map([[mutation.line, { kind: 'edit', note }]]);
}

function SampleHeader({ sample }: { sample: Sample }) {
  const input =
    sample.input.call ??
    (sample.input.stdin !== undefined ? `stdin: ${JSON.stringify(sample.input.stdin)}` : '');
  return (
    <div class="sample-head" data-testid="sample-head">
      <span>
        <a href="#/">← dataset</a>
      </span>
      <span>{sample.id}</span>
      <span>{sample.split}</span>
      <span>{sample.level}</span>
      <span>{sample.mutation ? `mutant ${sample.mutation.operators.join('+')}` : 'original program'}</span>
      <span>{input}</span>
      {sample.mutation && (
        <span>
          {sample.mutation.equivalentBehaviour
            ? 'same behaviour as original'
            : 'behaviour differs from original'}
        </span>
      )}
    </div>
  );
}

export function SamplePage({ split, id }: { split: string; id: string }) {
  const loaded = useLoaded(() => api.sample(split, id), [split, id]);
  return (
    <Show loaded={loaded}>
      {(sample) => {
        const marks = editMarks(sample);
        const stepper = (
          <Stepper
            code={sample.code}
            steps={sample.trace}
            outcome={{
              status: sample.status,
              returnRepr: sample.output.returnRepr,
              exception: sample.output.exception ? { ...sample.output.exception, traceback: [] } : null,
            }}
            title={sample.mutation ? 'mutant' : 'program'}
            marks={marks}
          />
        );
        return (
          <>
            <SampleHeader sample={sample} />
            {sample.mutation ? (
              <div class="with-original">
                <div>{stepper}</div>
                <section class="original-pane" aria-label="original program">
                  <div class="pane-title">original program</div>
                  <SourceView code={sample.mutation.originalCode} marks={marks} label="original source" />
                </section>
              </div>
            ) : (
              stepper
            )}
          </>
        );
      }}
    </Show>
  );
}
