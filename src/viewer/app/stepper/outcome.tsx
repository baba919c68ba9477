/** What the current step returned or raised, and how the whole run ended. */
import type { RunResultCore, TraceStep } from '../../../engine/types.js';

export type Outcome = Pick<RunResultCore, 'status' | 'returnRepr' | 'exception'>;

export function StepEvent({ step }: { step: TraceStep | undefined }) {
  if (!step) return null;
  if (step.event === 'return') {
    return (
      <div class="event-box return" data-event="return">
        <b>{step.func}</b> returns <code>{step.value?.repr ?? 'None'}</code>
      </div>
    );
  }
  if (step.event === 'exception') {
    return (
      <div class="event-box exception" data-event="exception">
        <b>{step.exception?.type}</b> raised in {step.func}: {step.exception?.message}
      </div>
    );
  }
  if (step.event === 'call') {
    return (
      <div class="event-box call" data-event="call">
        call <b>{step.func}</b>
      </div>
    );
  }
  return null;
}

export function RunOutcome({ outcome }: { outcome: Outcome }) {
  return (
    <div class={`outcome status-${outcome.status}`} data-status={outcome.status}>
      <span class="badge">{outcome.status}</span>
      {outcome.returnRepr !== null && (
        <span>
          returned <code data-testid="return-value">{outcome.returnRepr}</code>
        </span>
      )}
      {outcome.exception && (
        <span class="exception-text">
          {outcome.exception.type}: {outcome.exception.message}
          {outcome.exception.line ? ` (line ${outcome.exception.line})` : ''}
        </span>
      )}
    </div>
  );
}
