/** The call stack at one step: every frame's variables, what changed in the innermost one highlighted. */
import type { VariableChange } from '../../../trace/state-after.js';
import type { FrameNode } from '../model/trace-model.js';

export interface FramesViewProps {
  stack: FrameNode[];
  changed: VariableChange[];
  lineOf: (step: number) => number;
}

export function FramesView({ stack, changed, lineOf }: FramesViewProps) {
  const changedNames = new Map(changed.map((change) => [change.name, change]));
  const removed = changed.filter((change) => change.after === undefined);
  return (
    <section class="frames" aria-label="call stack">
      {stack.map((frame, position) => {
        const innermost = position === 0;
        const names = Object.keys(frame.locals);
        return (
          <section
            class={`frame${innermost ? ' innermost' : ''}`}
            key={`${frame.depth}`}
            data-frame-depth={frame.depth}
          >
            <header>
              <span class="func">{frame.func}</span>
              <span class="where">line {lineOf(frame.step)}</span>
            </header>
            {names.length === 0 && removed.length === 0 ? (
              <div class="empty">no variables</div>
            ) : (
              <table class="vars">
                <tbody>
                  {names.map((name) => {
                    const value = frame.locals[name]!;
                    const change = innermost ? changedNames.get(name) : undefined;
                    const kind = change ? (change.before === undefined ? 'new' : 'changed') : '';
                    return (
                      <tr key={name} class={kind} data-var={name}>
                        <td class="name">{name}</td>
                        <td
                          class="value"
                          data-repr={value.repr}
                          title={change?.before !== undefined ? `was ${change.before}` : undefined}
                        >
                          {value.repr}
                        </td>
                        <td class="type">{value.type}</td>
                      </tr>
                    );
                  })}
                  {innermost &&
                    removed.map((change) => (
                      <tr key={`-${change.name}`} class="removed" data-var={change.name} data-removed="true">
                        <td class="name">{change.name}</td>
                        <td class="value">deleted (was {change.before})</td>
                        <td class="type" />
                      </tr>
                    ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </section>
  );
}
