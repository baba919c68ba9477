import { dedupeSetItems, hashKey } from './equality.js';
import type { TokenStream } from './token-stream.js';
import { type Node, type PyDict, type PyDictEntry, type PySet, type PyValue, py } from './value.js';

function requireHashable(stream: TokenStream, node: Node, role: string): string | null {
  const key = hashKey(node.value);
  if (key === null) stream.failAt(node.start, `unhashable type '${node.value.kind}' used as ${role}`);
  return key;
}

/**
 * Builds a dict display the way Python evaluates it: a repeated key keeps its first position and its
 * last value, and an unhashable key (a list, dict or set) is rejected with its position.
 */
export function buildDict(stream: TokenStream, entries: readonly { key: Node; value: Node }[]): PyDict {
  const out: PyDictEntry[] = [];
  const positions = new Map<string, number>();
  for (const entry of entries) {
    const key = requireHashable(stream, entry.key, 'a dict key');
    const existing = key === null ? undefined : positions.get(key);
    if (existing !== undefined) {
      const kept = out[existing] as PyDictEntry;
      out[existing] = { key: kept.key, value: entry.value.value };
    } else {
      if (key !== null) positions.set(key, out.length);
      out.push({ key: entry.key.value, value: entry.value.value });
    }
  }
  return py.dict(out);
}

/** Builds a set display: unhashable items are rejected, Python-equal duplicates folded. */
export function buildSet(stream: TokenStream, values: readonly PyValue[], nodes: readonly Node[]): PySet {
  for (const node of nodes) requireHashable(stream, node, 'a set element');
  return py.set(dedupeSetItems(values));
}
