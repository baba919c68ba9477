/**
 * The trace stepper: source with the current and next line, the call stack with changed values,
 * output so far, the step's return value or exception, a timeline and a step list, all driven by
 * buttons, clicks and the keyboard (see keys.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { applyAction } from '../../../debug/actions/index.js';
import { buildTimeline } from '../../../debug/timeline.js';
import type { DebugAction } from '../../../debug/types.js';
import type { TraceStep } from '../../../engine/types.js';
import { VirtualList } from '../components/virtual-list.js';
import { TraceModel } from '../model/trace-model.js';
import { activateStepper, isActiveStepper, registerStepper } from './active-stepper.js';
import { FramesView } from './frames-view.js';
import { HelpOverlay } from './help-overlay.js';
import { actionFor, isTyping, type StepAction } from './keys.js';
import { type Outcome, RunOutcome, StepEvent } from './outcome.js';
import { type LineMark, SourceView } from './source-view.js';
import { Timeline } from './timeline.js';

export interface StepperProps {
  code: string | null;
  steps: TraceStep[];
  outcome: Outcome;
  title?: string;
  marks?: Map<number, LineMark>;
  /** Tells a parent (e.g. a side-by-side comparison) where this stepper is. */
  onStep?: (step: number) => void;
  /** Set by a parent to move the stepper (a new object each time, so the same step can be asked twice). */
  jump?: { step: number };
}

function describeStep(step: TraceStep): string {
  if (step.event === 'return') return `return ${step.func} → ${step.value?.repr ?? 'None'}`;
  if (step.event === 'exception') return `exception ${step.exception?.type}`;
  if (step.event === 'call') return `call ${step.func}`;
  return `line in ${step.func}`;
}

export function Stepper(props: StepperProps) {
  const model = useMemo(() => new TraceModel(props.steps), [props.steps]);
  const [index, setIndex] = useState(0);
  const [help, setHelp] = useState(false);
  const [breakpoints, setBreakpoints] = useState<number[]>([]);
  const debugTimeline = useMemo(() => buildTimeline(props.steps), [props.steps]);
  const id = useRef(Symbol('stepper')).current;
  const last = Math.max(model.length - 1, 0);
  const step = model.steps[index];
  const covered = useMemo(() => model.coveredLines(), [model]);
  const maxLine = useMemo(() => props.steps.reduce((most, s) => Math.max(most, s.line), 0), [props.steps]);

  useEffect(() => registerStepper(id), [id]);
  useEffect(() => setIndex(0), [model]);
  useEffect(() => {
    if (props.jump) setIndex(Math.min(Math.max(props.jump.step, 0), Math.max(model.length - 1, 0)));
  }, [props.jump]);
  useEffect(() => props.onStep?.(index), [index]);

  // Key presses can arrive faster than renders: each one starts from the latest step, not the rendered one.
  const latest = useRef(0);
  latest.current = index;
  const go = (target: number | undefined) => {
    if (target === undefined) return;
    latest.current = Math.min(Math.max(target, 0), last);
    setIndex(latest.current);
  };

  // The debugger actions: src/debug's replay of pdb over the trace; past the end stays on the last step.
  const debugTo = (action: DebugAction) => {
    const from = latest.current;
    const landed = applyAction(debugTimeline, { position: from, breakpoints }, action).position;
    go(Math.min(landed, last));
  };

  const perform = (action: StepAction) => {
    const index = latest.current;
    const line = model.steps[index]?.line;
    switch (action) {
      case 'forward':
        return go(index + 1);
      case 'back':
        return go(index - 1);
      case 'over':
        return go(model.stepOver(index));
      case 'backOver':
        return go(model.stepBackOver(index));
      case 'out':
        return go(model.stepOut(index));
      case 'start':
        return go(0);
      case 'end':
        return go(last);
      case 'nextRun':
        return line === undefined ? undefined : go(model.nextRunOf(line, index));
      case 'previousRun':
        return line === undefined ? undefined : go(model.previousRunOf(line, index));
      case 'toggleBreakpoint':
        if (line === undefined || line <= 0) return;
        return setBreakpoints((lines) =>
          lines.includes(line) ? lines.filter((l) => l !== line) : [...lines, line].sort((a, b) => a - b),
        );
      case 'continue':
        return debugTo({ name: 'continue' });
      case 'reverseContinue':
        return debugTo({ name: 'reverse-continue' });
      case 'finish':
        return debugTo({ name: 'finish' });
      case 'reverseFinish':
        return debugTo({ name: 'reverse-finish' });
      case 'reverseNext':
        return debugTo({ name: 'reverse-next' });
      case 'until':
        return debugTo({ name: 'until' });
      case 'help':
        return setHelp((shown) => !shown);
      case 'close':
        return setHelp(false);
    }
  };

  const performLatest = useRef(perform);
  performLatest.current = perform;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isActiveStepper(id) || isTyping(event.target)) return;
      const action = actionFor(event);
      if (!action) return;
      event.preventDefault();
      performLatest.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [id]);

  const effect = model.effectOf(index);
  const annotation = effect
    ?.map((c) => (c.after === undefined ? `del ${c.name}` : `${c.name} = ${c.after}`))
    .join('; ');
  const output = index === last ? model.outputUntil(model.length) : model.outputUntil(index);

  return (
    <section
      class="stepper"
      aria-label={props.title ?? 'stepper'}
      onMouseDown={() => activateStepper(id)}
      onFocusIn={() => activateStepper(id)}
      data-step={index}
    >
      <div class="toolbar">
        {props.title && <span class="stepper-title">{props.title}</span>}
        <button type="button" title="first step (Home)" onClick={() => perform('start')}>
          ⇤
        </button>
        <button type="button" title="step back over calls (Shift+←)" onClick={() => perform('backOver')}>
          ↶
        </button>
        <button
          type="button"
          title="previous step (←)"
          aria-label="previous step"
          onClick={() => perform('back')}
        >
          ◀
        </button>
        <button type="button" title="next step (→)" aria-label="next step" onClick={() => perform('forward')}>
          ▶
        </button>
        <button type="button" title="step over (Shift+→)" onClick={() => perform('over')}>
          ↷
        </button>
        <button type="button" title="step out (o)" onClick={() => perform('out')}>
          ⤴
        </button>
        <button
          type="button"
          title="back to the previous breakpoint (C)"
          onClick={() => perform('reverseContinue')}
        >
          ⏮
        </button>
        <button type="button" title="continue to the next breakpoint (c)" onClick={() => perform('continue')}>
          ⏭
        </button>
        <button
          type="button"
          title="breakpoint on the current line (b)"
          onClick={() => perform('toggleBreakpoint')}
        >
          ●
        </button>
        <button type="button" title="last step (End)" onClick={() => perform('end')}>
          ⇥
        </button>
        <input
          type="range"
          min={0}
          max={last}
          value={index}
          aria-label="step"
          onInput={(event) => go(Number((event.currentTarget as HTMLInputElement).value))}
        />
        <span class="counter" data-testid="step-counter">
          step <b data-testid="step-index">{model.length === 0 ? 0 : index + 1}</b> / {model.length}
          {step && ` · line ${step.line} · ${step.event}`}
        </span>
        <button type="button" class="help-button" title="keyboard help (?)" onClick={() => setHelp(true)}>
          ?
        </button>
      </div>
      <div class="stepper-source">
        <SourceView
          code={props.code}
          lineCount={maxLine}
          current={step?.line}
          next={model.nextLine(index)}
          covered={covered}
          annotation={annotation}
          marks={withBreakpoints(props.marks, breakpoints)}
          onLineClick={(line) => go(model.nextRunOf(line, index))}
        />
      </div>
      <div class="stepper-side">
        <StepEvent step={step} />
        <FramesView
          stack={model.stack(index)}
          changed={model.changedAt(index)}
          lineOf={(s) => model.steps[s]!.line}
        />
        <div class="output-box">
          <div class="box-title">output so far</div>
          <pre class="output" data-testid="output">
            {output}
          </pre>
        </div>
        <RunOutcome outcome={props.outcome} />
        <VirtualList
          class="step-list"
          label="steps"
          count={model.length}
          rowHeight={20}
          follow={index}
          renderRow={(row) => {
            const s = model.steps[row]!;
            return (
              <button
                type="button"
                class={`step-row${row === index ? ' current' : ''}`}
                aria-current={row === index ? 'step' : undefined}
                onClick={() => go(row)}
                data-row={row}
              >
                <span class="n">{row + 1}</span>
                <span class="l">L{s.line}</span>
                <span class="d">{'·'.repeat(Math.min(s.depth, 12))}</span>
                <span class="e">{describeStep(s)}</span>
              </button>
            );
          }}
        />
      </div>
      <div class="stepper-timeline">
        <Timeline steps={props.steps} current={index} onJump={go} />
      </div>
      {help && <HelpOverlay onClose={() => setHelp(false)} />}
    </section>
  );
}

/** The parent's marks plus a `breakpoint` mark on each breakpoint line (an edit mark keeps its note). */
function withBreakpoints(
  marks: Map<number, LineMark> | undefined,
  breakpoints: number[],
): Map<number, LineMark> | undefined {
  if (breakpoints.length === 0) return marks;
  const all = new Map(marks);
  for (const line of breakpoints)
    if (!all.has(line)) all.set(line, { kind: 'breakpoint', note: 'breakpoint' });
  return all;
}
