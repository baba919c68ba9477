import { py } from '../value.js';
import { mutatorFor, type ValueMutator } from './mutator.js';
import { TEXT_EDITS } from './text-edits.js';

/** str edits work on code points, so an emoji is inserted or deleted whole. */
export const strMutators: readonly ValueMutator[] = Object.entries(TEXT_EDITS).map(([name, edit]) =>
  mutatorFor(`str-${name}`, 'str', (v, { rng }) => {
    const out = edit(Array.from(v.value), rng);
    return out === undefined ? undefined : py.str(out.join(''));
  }),
);
