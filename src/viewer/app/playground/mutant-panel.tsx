/** The mutants the server made of the playground's program; choosing one runs it beside the original. */
import type { Mutant } from '../../../mutate/program/types.js';

export function MutantPanel(props: {
  mutants: Mutant[];
  chosen: string | undefined;
  onChoose: (mutant: Mutant) => void;
}) {
  if (props.mutants.length === 0)
    return <div class="run-status">no mutants: the program has nothing the operators change</div>;
  return (
    <section class="mutant-list" aria-label="mutants">
      {props.mutants.map((mutant) => (
        <button
          type="button"
          key={mutant.id}
          class={`mutant-row${mutant.id === props.chosen ? ' chosen' : ''}`}
          data-mutant={mutant.id}
          title={`${mutant.operator} at line ${mutant.line}`}
          aria-current={mutant.id === props.chosen ? 'true' : undefined}
          onClick={() => props.onChoose(mutant)}
        >
          {mutant.operator} L{mutant.line}: {mutant.original || '∅'} → {mutant.replacement || '∅'}
        </button>
      ))}
    </section>
  );
}
