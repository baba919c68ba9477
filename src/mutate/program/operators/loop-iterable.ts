import type { Node } from 'web-tree-sitter';
import type { MutationContext } from '../types.js';
import { codeChildren } from './node-helpers.js';

/** Literal iterables whose elements are visible in the source. */
const SEQUENCE_LITERALS = new Set(['list', 'tuple', 'string']);

/**
 * The number of elements of a literal list, tuple or plain string iterable, or undefined when the
 * iterable is anything else (whose length only running the program tells).
 */
export function literalLength(iterable: Node, ctx: MutationContext): number | undefined {
  if (!SEQUENCE_LITERALS.has(iterable.type)) return undefined;
  if (iterable.type !== 'string') return codeChildren(iterable).length;
  const text = ctx.text(iterable);
  // Only simple one-line literals without escapes: anything else is not worth decoding here.
  const match = /^(['"])([^'"\\\n]*)\1$/.exec(text);
  return match ? [...(match[2] ?? '')].length : undefined;
}
