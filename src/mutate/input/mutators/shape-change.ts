import { reprFiniteFloat } from '../repr.js';
import { type PyKind, type PyValue, py } from '../value.js';
import type { ValueMutator } from './mutator.js';

const SCALAR_KINDS: readonly PyKind[] = ['int', 'float', 'complex', 'bool', 'none', 'str', 'bytes'];

/** The value converted to another scalar type the way a confused caller might pass it. */
function retyped(value: PyValue, target: PyKind): PyValue | undefined {
  const text =
    value.kind === 'str'
      ? value.value
      : value.kind === 'int' || value.kind === 'bool'
        ? String(Number(value.value))
        : value.kind === 'float' && Number.isFinite(value.value)
          ? reprFiniteFloat(value.value)
          : '0';
  const number = Number(text);
  switch (target) {
    case 'int':
      return py.int(Number.isFinite(number) ? BigInt(Math.trunc(number)) : BigInt(text.length));
    case 'float':
      return py.float(Number.isFinite(number) ? number : text.length);
    case 'str':
      return py.str(text);
    case 'bool':
      return py.bool(text !== '' && text !== '0');
    case 'none':
      return py.none();
    default:
      return undefined;
  }
}

/** Only with `allowShapeChange`: these change a type on purpose, to test type handling. */
export const shapeChangeMutators: readonly ValueMutator[] = [
  {
    name: 'retype-scalar',
    kinds: SCALAR_KINDS,
    changesShape: true,
    mutate(value, { rng }) {
      const targets = (['int', 'float', 'str', 'bool', 'none'] as const).filter(
        (kind) => kind !== value.kind,
      );
      return retyped(value, rng.pick(targets));
    },
  },
  {
    name: 'seq-insert-foreign',
    kinds: ['list', 'tuple'],
    changesShape: true,
    mutate(value, { rng }) {
      if (value.kind !== 'list' && value.kind !== 'tuple') return undefined;
      const present = new Set(value.items.map((item) => item.kind));
      const foreign = [py.int(0), py.str(''), py.none(), py.float(0.5), py.list([])].filter(
        (item) => !present.has(item.kind),
      );
      if (foreign.length === 0) return undefined;
      const items = value.items.toSpliced(rng.int(0, value.items.length), 0, rng.pick(foreign));
      return value.kind === 'list' ? py.list(items) : py.tuple(items);
    },
  },
];
