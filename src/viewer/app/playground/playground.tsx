/**
 * The playground: write or paste Python, give stdin or a call, run it in the browser (Pyodide in a
 * web worker, the engine's own tracer) and step through the trace; ask the server for mutants and
 * step through a chosen mutant beside the original.
 */
import { useEffect, useState } from 'preact/hooks';
import type { EntryMode, RunRequest, RunResult } from '../../../engine/types.js';
import type { Mutant } from '../../../mutate/program/types.js';
import { api } from '../api.js';
import { ErrorBox } from '../components/loading.js';
import type { LineMark } from '../stepper/source-view.js';
import { Stepper } from '../stepper/stepper.js';
import { browserPython } from './browser-python.js';
import { MutantPanel } from './mutant-panel.js';

const EXAMPLE = `def f(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return [seen[target - n], i]
        seen[n] = i
    return []
`;

interface Ran {
  code: string;
  result: RunResult;
}

function requestFor(code: string, mode: EntryMode, call: string, stdin: string): RunRequest {
  return mode === 'call' ? { code, mode, call } : { code, mode, stdin };
}

function markOf(mutant: Mutant): Map<number, LineMark> {
  const note = `${mutant.operator}: ${mutant.original || '∅'} → ${mutant.replacement || '∅'}`;
  return new Map(mutant.edits.map((edit) => [edit.line, { kind: 'edit' as const, note }]));
}

export function Playground() {
  const [code, setCode] = useState(EXAMPLE);
  const [mode, setMode] = useState<EntryMode>('call');
  const [call, setCall] = useState('f([2, 7, 11, 15], 9)');
  const [stdin, setStdin] = useState('');
  const [status, setStatus] = useState('Python loads on first run');
  const [error, setError] = useState<Error | undefined>();
  const [original, setOriginal] = useState<Ran | undefined>();
  const [mutants, setMutants] = useState<Mutant[] | undefined>();
  const [chosen, setChosen] = useState<{ mutant: Mutant; ran: Ran } | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    browserPython.start().then(
      (python) => setStatus(`Python ${python} ready (in this browser)`),
      (failure: Error) => setError(failure),
    );
  }, []);

  const execute = async (source: string): Promise<Ran> => {
    const result = await browserPython.run(requestFor(source, mode, call, stdin));
    return { code: source, result };
  };

  const run = async () => {
    setBusy(true);
    setError(undefined);
    setStatus('running…');
    try {
      const ran = await execute(code);
      setOriginal(ran);
      setChosen(undefined);
      setMutants(undefined);
      setStatus(
        `${ran.result.status} · ${ran.result.steps.length} steps · ${ran.result.timings.runMs.toFixed(0)} ms · Python ${ran.result.python}`,
      );
    } catch (failure) {
      setError(failure as Error);
      setStatus('failed');
    } finally {
      setBusy(false);
    }
  };

  const mutate = async () => {
    setError(undefined);
    try {
      setMutants((await api.mutate(code, 100)).mutants);
    } catch (failure) {
      setError(failure as Error);
    }
  };

  const choose = async (mutant: Mutant) => {
    setBusy(true);
    try {
      const ran = await execute(mutant.source);
      setChosen({ mutant, ran });
      if (!original || original.code !== code) setOriginal(await execute(code));
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="playground">
      <div class="editor-pane">
        <textarea
          class="code-input"
          aria-label="program"
          spellcheck={false}
          value={code}
          onInput={(event) => setCode(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void run();
            } else if (event.key === 'Tab') {
              event.preventDefault();
              const box = event.currentTarget;
              const at = box.selectionStart;
              setCode(`${code.slice(0, at)}    ${code.slice(box.selectionEnd)}`);
              requestAnimationFrame(() => box.setSelectionRange(at + 4, at + 4));
            }
          }}
        />
        <div class="row">
          <label>
            <input type="radio" name="mode" checked={mode === 'call'} onChange={() => setMode('call')} /> call
          </label>
          <label>
            <input type="radio" name="mode" checked={mode === 'script'} onChange={() => setMode('script')} />{' '}
            script
          </label>
        </div>
        {mode === 'call' ? (
          <input
            aria-label="call expression"
            class="mono"
            value={call}
            onInput={(event) => setCall(event.currentTarget.value)}
          />
        ) : (
          <textarea
            aria-label="stdin"
            class="mono"
            rows={3}
            placeholder="standard input"
            value={stdin}
            onInput={(event) => setStdin(event.currentTarget.value)}
          />
        )}
        <div class="row">
          <button type="button" class="primary" disabled={busy} onClick={() => void run()} title="Ctrl+Enter">
            Run
          </button>
          <button type="button" disabled={busy} onClick={() => void mutate()}>
            Mutate
          </button>
          <span class="run-status" data-testid="run-status">
            {status}
          </span>
        </div>
        {error && <ErrorBox error={error} />}
        {mutants && (
          <MutantPanel
            mutants={mutants}
            chosen={chosen?.mutant.id}
            onChoose={(mutant) => void choose(mutant)}
          />
        )}
        {original && (
          <details>
            <summary>result JSON</summary>
            <pre class="result-json" data-testid="result-json">
              {JSON.stringify(original.result, null, 1)}
            </pre>
          </details>
        )}
      </div>
      <div class="trace-area">
        {!original && <div class="loading">Run the program to step through its trace.</div>}
        {original && !chosen && (
          <Stepper
            code={original.code}
            steps={original.result.steps}
            outcome={original.result}
            title="program"
          />
        )}
        {original && chosen && (
          <div class="split-view">
            <div>
              <Stepper
                code={original.code}
                steps={original.result.steps}
                outcome={original.result}
                title="original"
              />
            </div>
            <div data-testid="mutant-stepper">
              <Stepper
                code={chosen.ran.code}
                steps={chosen.ran.result.steps}
                outcome={chosen.ran.result}
                title={`mutant ${chosen.mutant.operator}`}
                marks={markOf(chosen.mutant)}
              />
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
