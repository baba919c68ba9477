import { hashKey } from '../equality.js';
import { synthesizeDistinct, synthesizeLike } from '../synthesize.js';
import { type PyDictEntry, type PyValue, py } from '../value.js';
import { mutatorFor, type ValueMutator } from './mutator.js';

export const dictMutators: readonly ValueMutator[] = [
  mutatorFor('dict-add-key', 'dict', (v, { rng }) => {
    if (v.entries.length === 0) return undefined;
    const keys = v.entries.map((entry) => entry.key);
    const key = synthesizeDistinct(keys, keys, rng);
    if (key === undefined) return undefined;
    const value = synthesizeLike(rng.pick(v.entries).value, rng);
    return py.dict([...v.entries, { key, value }]);
  }),
  mutatorFor('dict-remove-key', 'dict', (v, { rng }) => {
    if (v.entries.length === 0) return undefined;
    return py.dict(v.entries.toSpliced(rng.int(0, v.entries.length - 1), 1));
  }),
  mutatorFor(
    'dict-mutate-value',
    'dict',
    (v, { rng, mutateChild }) => {
      if (v.entries.length === 0) return undefined;
      const at = rng.int(0, v.entries.length - 1);
      const entry = v.entries[at] as PyDictEntry;
      const value = mutateChild(entry.value);
      return value === undefined ? undefined : py.dict(v.entries.with(at, { key: entry.key, value }));
    },
    { weight: 3 },
  ),
  mutatorFor('dict-mutate-key', 'dict', (v, { rng, mutateChild }) => {
    if (v.entries.length === 0) return undefined;
    const at = rng.int(0, v.entries.length - 1);
    const entry = v.entries[at] as PyDictEntry;
    const key: PyValue | undefined = mutateChild(entry.key);
    const hash = key === undefined ? null : hashKey(key);
    // The new key must stay hashable and must not collide with another key.
    if (key === undefined || hash === null || v.entries.some((other) => hashKey(other.key) === hash)) {
      return undefined;
    }
    return py.dict(v.entries.with(at, { key, value: entry.value }));
  }),
  mutatorFor('dict-empty', 'dict', (v) => (v.entries.length === 0 ? undefined : py.dict([]))),
];
