import { py } from '../value.js';
import { mutatorFor, type ValueMutator } from './mutator.js';
import { TEXT_EDITS } from './text-edits.js';

/** bytes reuse the text edits with one Latin-1 character per byte; inserted characters are ASCII. */
export const bytesMutators: readonly ValueMutator[] = Object.entries(TEXT_EDITS).map(([name, edit]) =>
  mutatorFor(`bytes-${name}`, 'bytes', (v, { rng }) => {
    const out = edit(
      v.value.map((byte) => String.fromCharCode(byte)),
      rng,
    );
    // Case swapping can leave Latin-1 (e.g. 'ÿ' → 'Ÿ'); such an edit does not apply to bytes.
    if (out === undefined || out.some((ch) => ch.length !== 1 || ch.charCodeAt(0) > 0xff)) return undefined;
    return py.bytes(out.map((ch) => ch.charCodeAt(0)));
  }),
);
