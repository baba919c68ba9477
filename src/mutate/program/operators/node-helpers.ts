import type { Node } from 'web-tree-sitter';
import type { Edit, MutationContext } from '../types.js';

/** Named children that are code, not comments (tree-sitter attaches comments wherever they appear). */
export function codeChildren(node: Node): Node[] {
  return node.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment');
}

/** An edit that replaces a whole node. */
export function replaceNode(node: Node, replacement: string): Edit {
  return { start: node.startIndex, end: node.endIndex, replacement };
}

/** The operator token of a binary, boolean, unary or augmented-assignment node. */
export function operatorToken(node: Node): Node | null {
  return node.childForFieldName('operator');
}

/** True for an integer literal whose value is zero (`0`, `00`, `0x0`, `0_0`). */
export function isIntegerZero(node: Node | null, ctx: MutationContext): boolean {
  if (node?.type !== 'integer') return false;
  return integerValue(ctx.text(node)) === 0n;
}

/** True for an integer literal whose value is one. */
export function isIntegerOne(node: Node | null, ctx: MutationContext): boolean {
  if (node?.type !== 'integer') return false;
  return integerValue(ctx.text(node)) === 1n;
}

/** The value of a Python integer literal, or undefined when it is not one we understand. */
export function integerValue(text: string): bigint | undefined {
  const clean = text.replace(/_/g, '');
  if (!/^(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|[0-9]+)$/.test(clean)) return undefined;
  // BigInt parses the 0x/0o/0b prefixes itself; decimal literals may carry leading zeros only when zero.
  return BigInt(clean.toLowerCase());
}

/** The string node's body range: between the opening and the closing quote. */
export function stringBody(node: Node): { start: number; end: number } | undefined {
  const open = node.firstChild;
  const close = node.lastChild;
  if (open?.type !== 'string_start' || close?.type !== 'string_end') return undefined;
  return { start: open.endIndex, end: close.startIndex };
}

/** f-strings and t-strings hold code in their braces; editing their text is left to other operators. */
export function isTemplateString(node: Node): boolean {
  const open = node.firstChild;
  return open !== null && /[fFtT]/.test(open.text);
}
