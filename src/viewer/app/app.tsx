/** The viewer's shell: asks the server what it was opened on and shows the matching view by hash route. */
import { api } from './api.js';
import { Show, useLoaded } from './components/loading.js';
import { DatasetPage } from './dataset/dataset-page.js';
import { EvalPage } from './eval/eval-page.js';
import { PipelinePage } from './pipeline/pipeline-page.js';
import { Playground } from './playground/playground.js';
import { ProgramPage } from './program-page.js';
import { useRoute } from './router.js';

export function App() {
  const session = useLoaded(() => api.session(), []);
  const route = useRoute();
  return (
    <Show loaded={session}>
      {(info) => {
        document.title = `semtrace · ${info.title}`;
        const view = route[0] ?? (info.kind === 'result' ? 'program' : info.kind);
        return (
          <div class="app">
            <nav class="topbar">
              <span class="brand">semtrace</span>
              <span class="opened">{info.title}</span>
              {info.kind !== 'playground' && (
                <a href="#/" class={view !== 'playground' ? 'active' : ''}>
                  {info.kind === 'result' ? 'program' : info.kind}
                </a>
              )}
              <a href="#/playground" class={view === 'playground' ? 'active' : ''}>
                playground
              </a>
              <span class="hint">press ? for keys</span>
            </nav>
            <main class="content">
              {view === 'playground' && <Playground />}
              {(view === 'program' || view === 'result') && <ProgramPage title={info.title} />}
              {view === 'dataset' && <DatasetPage route={route.slice(1)} />}
              {view === 'eval' && <EvalPage route={route.slice(1)} />}
              {view === 'pipeline' && <PipelinePage route={route.slice(1)} />}
            </main>
          </div>
        );
      }}
    </Show>
  );
}
