/**
 * `semtrace view` on a synth, annotate or debugdata folder: the manifest's counts, the items, and one item
 * with its program and tests; for annotate each kept monologue's claims marked confirmed / contradicted /
 * uncheckable beside the real run in the stepper; for debugdata the buggy code, faulty trace and fixes.
 */
import { useState } from 'preact/hooks';
import type { PipelineItemView } from '../../api-types.js';
import { api } from '../api.js';
import { Show, useLoaded } from '../components/loading.js';
import { Stepper } from '../stepper/stepper.js';

const PAGE = 100;

// The parts of the pipeline records (src/synth/*/…-unit.ts) this page reads; restated here because those
// modules import Node code the browser build must not see.
interface AttemptView {
  attempt: number;
  monologue: string;
  answer: string | null;
  answerVerdict: { correct: boolean; reason: string };
  claims: { confirmed: number; contradicted: number; uncheckable: number } | null;
}
interface DirectionResult {
  attempts: AttemptView[];
  accepted: number | null;
  claims: { claims: unknown[] } | null;
}
interface AnnotateEntry {
  code: string;
  nl: string;
  call: string;
  output: string;
  forward: DirectionResult;
  backward: DirectionResult;
}
interface DebugEntry {
  code: string;
  tests: string[];
  cases: {
    mutantId: string;
    operator: string;
    line: number;
    buggyCode: string;
    failedTest: string;
    failedStatus: string;
    faultyTrace: string;
    accepted: number | null;
    attempts: { attempt: number; response: string; rejected: string | null; tests: { passed: boolean }[] }[];
  }[];
}
interface SynthEntry {
  outcome: 'kept' | 'rejected';
  reason?: string;
  detail?: string;
  response?: string;
  record?: { nl: string; code: string; tests: string[] };
}

/** Nested manifest numbers as `a.b.c → value` rows. */
function flatten(value: unknown, prefix = ''): [string, string][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [[prefix, Array.isArray(value) ? `${value.length} entries` : String(value)]];
  }
  return Object.entries(value).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key));
}

function Summary() {
  const manifest = useLoaded(() => api.pipelineManifest(), []);
  return (
    <Show loaded={manifest}>
      {(value) => (
        <div class="card" data-testid="pipeline-summary">
          <h3>
            semtrace {String(value.command)}
            {value.replay ? ' (replay of recorded answers)' : ''} · model {String(value.model)}
          </h3>
          <table class="figures">
            <tbody>
              {flatten(value)
                .filter(([key]) => !['command', 'model', 'formatVersion'].includes(key))
                .map(([key, text]) => (
                  <tr key={key}>
                    <td>{key}</td>
                    <td>{text}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    </Show>
  );
}

function ItemList() {
  const [offset, setOffset] = useState(0);
  const page = useLoaded(() => api.pipelineItems(offset, PAGE), [offset]);
  return (
    <Show loaded={page}>
      {(value) => (
        <div class="card">
          <h3>
            Items {value.total === 0 ? 0 : offset + 1}–{offset + value.items.length} of {value.total}
          </h3>
          <table class="figures" data-testid="pipeline-items">
            <tbody>
              {value.items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <a href={`#/pipeline/item/${encodeURIComponent(item.id)}`} class="mono">
                      {item.id}
                    </a>
                  </td>
                  <td class="mono">{item.label}</td>
                  <td class={item.ok ? 'verdict-correct' : 'verdict-wrong'}>{item.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            previous
          </button>{' '}
          <button
            type="button"
            disabled={offset + PAGE >= value.total}
            onClick={() => setOffset(offset + PAGE)}
          >
            next
          </button>
        </div>
      )}
    </Show>
  );
}

interface CheckedClaimView {
  claim: {
    kind: string;
    variable?: string;
    value?: string;
    count?: number;
    iteration?: number;
    sentence: string;
  };
  status: 'confirmed' | 'contradicted' | 'uncheckable';
  evidence: string;
}

function claimText(claim: CheckedClaimView['claim']): string {
  if (claim.kind === 'loop-count') return `a loop runs ${claim.count} times`;
  if (claim.kind === 'return') return `returns ${claim.value}`;
  const where = claim.iteration ? ` (iteration ${claim.iteration})` : '';
  return `${claim.variable} = ${claim.value}${where}`;
}

const STATUS_CLASS = { confirmed: 'verdict-correct', contradicted: 'verdict-wrong', uncheckable: '' };

function Direction({ name, result }: { name: string; result: DirectionResult }) {
  const kept = result.accepted === null ? null : result.attempts[result.accepted];
  return (
    <div class="card" data-testid={`direction-${name}`}>
      <h3>
        {name}: {result.accepted !== null ? `kept attempt ${result.accepted + 1}` : 'nothing kept'}
      </h3>
      <table class="figures">
        <tbody>
          {result.attempts.map((attempt) => (
            <tr key={attempt.attempt}>
              <td>attempt {attempt.attempt + 1}</td>
              <td class="mono">{attempt.answer ?? '(no answer)'}</td>
              <td class={attempt.answerVerdict.correct ? 'verdict-correct' : 'verdict-wrong'}>
                {attempt.answerVerdict.reason}
              </td>
              <td>
                {attempt.claims
                  ? `${attempt.claims.confirmed} confirmed · ${attempt.claims.contradicted} contradicted · ${attempt.claims.uncheckable} uncheckable`
                  : 'claims not checked'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {kept && <pre class="prompt-text">{kept.monologue}</pre>}
      {result.claims && (
        <table class="figures" data-testid={`claims-${name}`}>
          <tbody>
            {(result.claims.claims as unknown as CheckedClaimView[]).map((checked, index) => (
              <tr key={index}>
                <td class={STATUS_CLASS[checked.status]}>{checked.status}</td>
                <td class="mono">{claimText(checked.claim)}</td>
                <td>{checked.evidence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function Tests({ tests }: { tests: string[] }) {
  return (
    <div class="card">
      <h3>Tests</h3>
      <pre class="prompt-text">{tests.join('\n')}</pre>
    </div>
  );
}

function ItemBody({ view }: { view: PipelineItemView }) {
  const key = (view.item as { key: string }).key;
  const head = (
    <div class="pvr-summary">
      <a href="#/">← items</a>
      <span class="mono">{key}</span>
    </div>
  );
  if (view.command === 'annotate') {
    const item = view.item as AnnotateEntry;
    return (
      <>
        {head}
        <div class="pvr">
          <section class="page" aria-label="monologues">
            <div class="card">
              <h3>
                <span class="mono">{item.call}</span> → <span class="mono">{item.output}</span>
              </h3>
              {item.nl && <p>{item.nl}</p>}
            </div>
            <Direction name="forward" result={item.forward} />
            <Direction name="backward" result={item.backward} />
          </section>
          <div class="trace-area">
            {view.real && (
              <Stepper code={item.code} steps={view.real.steps} outcome={view.real} title="real run" />
            )}
          </div>
        </div>
      </>
    );
  }
  if (view.command === 'debugdata') {
    const item = view.item as DebugEntry;
    return (
      <div class="page">
        {head}
        <div class="card">
          <h3>Original program</h3>
          <pre class="prompt-text">{item.code}</pre>
        </div>
        <Tests tests={item.tests} />
        {item.cases.map((c) => (
          <div class="card" key={c.mutantId} data-testid="debug-case">
            <h3>
              {c.operator} at line {c.line} · failed: <span class="mono">{c.failedTest}</span> (
              {c.failedStatus}) ·{' '}
              {c.accepted === null ? 'no fix kept' : `fix kept (attempt ${c.accepted + 1})`}
            </h3>
            <pre class="prompt-text">{c.buggyCode}</pre>
            <details>
              <summary>Faulty trace</summary>
              <pre class="prompt-text">{c.faultyTrace}</pre>
            </details>
            {c.attempts.map((a) => (
              <details key={a.attempt}>
                <summary class={a.rejected === null ? 'verdict-correct' : 'verdict-wrong'}>
                  attempt {a.attempt + 1}: {a.rejected ?? 'passes every test'} (
                  {a.tests.filter((t) => t.passed).length}/{a.tests.length} tests)
                </summary>
                <pre class="prompt-text">{a.response}</pre>
              </details>
            ))}
          </div>
        ))}
      </div>
    );
  }
  const item = view.item as SynthEntry;
  return (
    <div class="page">
      {head}
      <div class="card">
        <h3>
          {item.outcome === 'kept' ? 'kept' : `rejected: ${item.reason}`}{' '}
          {item.detail ? `· ${item.detail}` : ''}
        </h3>
        {item.record && <p>{item.record.nl}</p>}
        {item.record && <pre class="prompt-text">{item.record.code}</pre>}
      </div>
      {item.record && <Tests tests={item.record.tests} />}
      <details class="card">
        <summary>Model answer</summary>
        <pre class="prompt-text">{item.response}</pre>
      </details>
    </div>
  );
}

function ItemPage({ id }: { id: string }) {
  const loaded = useLoaded(() => api.pipelineItem(id), [id]);
  return <Show loaded={loaded}>{(view) => <ItemBody view={view} />}</Show>;
}

export function PipelinePage({ route }: { route: string[] }) {
  if (route[0] === 'item' && route[1]) return <ItemPage id={route[1]} />;
  return (
    <div class="page">
      <Summary />
      <ItemList />
    </div>
  );
}
