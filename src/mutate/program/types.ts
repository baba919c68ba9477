import type { Node } from 'web-tree-sitter';

/**
 * One candidate text edit proposed by an operator. Offsets are indices into the JavaScript source string
 * (UTF-16 code units), because that is what web-tree-sitter reports for a string input; the pipeline
 * converts them to UTF-8 byte offsets, lines and columns when it builds a {@link Mutant}.
 */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/** What an operator may look at besides the node it is given. */
export interface MutationContext {
  /** The whole program text the tree was parsed from. */
  readonly source: string;
  /** The source text of a node (a slice of `source`). */
  text(node: Node): string;
}

export interface MutationOperator {
  /** Short, stable code name, e.g. `AOR`. */
  readonly name: string;
  /** One line: what the operator changes. */
  readonly description: string;
  /** A tiny program and the mutant this operator makes of it; also checked by the tests. */
  readonly example: { readonly before: string; readonly after: string };
  /** Tree-sitter node types this operator inspects; the walker only calls `mutate` on these. */
  readonly nodeTypes: readonly string[];
  /** Candidate edits for one node; the pipeline validates, deduplicates and positions them. */
  mutate(node: Node, ctx: MutationContext): Iterable<Edit>;
}

/** One applied edit, positioned in the original program. */
export interface MutantEdit {
  operator: string;
  /** 1-based line of `start`. */
  line: number;
  /** 0-based column of `start`, in UTF-8 bytes from the start of the line (like CPython's `col_offset`). */
  column: number;
  /** Original text of the replaced range (empty for a pure insertion). */
  original: string;
  replacement: string;
  /** UTF-8 byte offsets of the replaced range in the original program, end exclusive. */
  start: number;
  end: number;
}

/**
 * A mutated program. The top-level position fields describe its first edit (lowest offset); `edits`
 * lists all of them (one for a first-order mutant, `order` for a higher-order one).
 */
export interface Mutant extends MutantEdit {
  /** First 16 hex digits of a sha256 over the original program and the edits (see docs/mutation.md). */
  id: string;
  order: number;
  edits: MutantEdit[];
  /** The full mutated program. */
  source: string;
}

export interface MutateOptions {
  /** Operator code names to use (default: all). Unknown names throw SEMTRACE_UNKNOWN_OPERATOR. */
  operators?: string[];
  /** Keep at most this many mutants, sampled with `seed` (default: all first-order mutants). */
  max?: number;
  /** Seed for sampling (default 0); the same seed always picks the same mutants. */
  seed?: number;
  /** 1 (default) for first-order mutants; k > 1 combines k non-overlapping first-order edits. */
  order?: number;
}

export interface OperatorInfo {
  name: string;
  description: string;
  example: { before: string; after: string };
}
