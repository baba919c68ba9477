import type { PyValue } from './value.js';

/**
 * A type signature: `int`, `list[int|str]`, `tuple[int, str]`, `dict[str: list[int]]`. Lists, sets and
 * homogeneous tuples describe the union of their item types; heterogeneous tuples are records and keep
 * one type per position.
 */
export function shapeSignature(value: PyValue): string {
  switch (value.kind) {
    case 'list':
    case 'set':
      return `${value.kind}[${union(value.items)}]`;
    case 'tuple':
      return isHomogeneousTuple(value.items)
        ? `tuple[${union(value.items)}, ...]`
        : `tuple[${value.items.map(shapeSignature).join(', ')}]`;
    case 'dict':
      return `dict[${union(value.entries.map((e) => e.key))}: ${union(value.entries.map((e) => e.value))}]`;
    case 'expr':
      return `expr(${value.source})`;
    default:
      return value.kind;
  }
}

function union(items: readonly PyValue[]): string {
  return [...new Set(items.map(shapeSignature))].sort().join('|');
}

/** A tuple whose items all share one signature (or that has at most one item) behaves like a list. */
export function isHomogeneousTuple(items: readonly PyValue[]): boolean {
  return new Set(items.map(shapeSignature)).size <= 1;
}

function eachFits(candidates: readonly PyValue[], originals: readonly PyValue[]): boolean {
  return candidates.every((item) => originals.some((original) => isSameShape(original, item)));
}

/**
 * Whether `mutant` keeps the type shape of `original`: the same kind, container items whose types
 * already occur among the original's items (fewer items, or none, are fine), and heterogeneous tuples
 * with the same length and per-position types. Opaque expressions must stay unchanged.
 */
export function isSameShape(original: PyValue, mutant: PyValue): boolean {
  if (original.kind !== mutant.kind) return false;
  switch (original.kind) {
    case 'expr':
      return mutant.kind === 'expr' && mutant.source === original.source;
    case 'list':
    case 'set':
      return (mutant.kind === 'list' || mutant.kind === 'set') && eachFits(mutant.items, original.items);
    case 'tuple': {
      if (mutant.kind !== 'tuple') return false;
      if (isHomogeneousTuple(original.items)) return eachFits(mutant.items, original.items);
      return (
        mutant.items.length === original.items.length &&
        original.items.every((item, i) => isSameShape(item, mutant.items[i] as PyValue))
      );
    }
    case 'dict':
      return (
        mutant.kind === 'dict' &&
        eachFits(
          mutant.entries.map((e) => e.key),
          original.entries.map((e) => e.key),
        ) &&
        eachFits(
          mutant.entries.map((e) => e.value),
          original.entries.map((e) => e.value),
        )
      );
    default:
      return true;
  }
}
