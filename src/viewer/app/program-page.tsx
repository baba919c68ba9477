/** `semtrace view prog.py` or `semtrace view result.json`: one program's trace in the stepper. */
import { api } from './api.js';
import { Show, useLoaded } from './components/loading.js';
import { Stepper } from './stepper/stepper.js';

export function ProgramPage({ title }: { title: string }) {
  const loaded = useLoaded(() => api.program(), []);
  return (
    <Show loaded={loaded}>
      {(view) => (
        <Stepper
          code={view.code}
          steps={view.result.steps}
          outcome={view.result}
          title={`${title} · ${view.result.backend} · Python ${view.result.python}`}
        />
      )}
    </Show>
  );
}
