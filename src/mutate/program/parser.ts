import { createRequire } from 'node:module';
import { Language, type Node, Parser, type Tree } from 'web-tree-sitter';
import { SemtraceError } from '../../errors.js';

const require = createRequire(import.meta.url);

let parserPromise: Promise<Parser> | undefined;

/**
 * The Python parser, created once per process. Loading the wasm runtime and grammar costs milliseconds,
 * so every caller shares one instance; all work after the first await is synchronous, so calls never
 * interleave on it.
 */
export function getPythonParser(): Promise<Parser> {
  parserPromise ??= createParser().catch((error: unknown) => {
    // Let a later call retry instead of caching a failure forever.
    parserPromise = undefined;
    throw error;
  });
  return parserPromise;
}

async function createParser(): Promise<Parser> {
  await Parser.init();
  // Resolved through the package, not a relative path, so it works from src/ under tsx and from dist/.
  const grammarPath = require.resolve('tree-sitter-python/tree-sitter-python.wasm');
  const language = await Language.load(grammarPath);
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

/** Parses `source`, or throws SEMTRACE_PARSE_ERROR pointing at the first ERROR or MISSING node. */
export function parseOrThrow(parser: Parser, source: string): Tree {
  const tree = parser.parse(source);
  if (!tree) throw new SemtraceError('SEMTRACE_PARSE_ERROR', 'the Python parser returned no tree');
  if (!tree.rootNode.hasError) return tree;
  const bad = firstErrorNode(tree.rootNode);
  tree.delete();
  const line = (bad?.startPosition.row ?? 0) + 1;
  const lineStart = source.lastIndexOf('\n', (bad?.startIndex ?? 0) - 1) + 1;
  const column = Buffer.byteLength(source.slice(lineStart, bad?.startIndex ?? 0), 'utf8');
  const what = bad?.isMissing ? `missing ${bad.type}` : 'invalid syntax';
  throw new SemtraceError(
    'SEMTRACE_PARSE_ERROR',
    `cannot parse the Python program: ${what} at line ${line}, column ${column}; fix the syntax and retry`,
  );
}

/** The first ERROR or MISSING node in document order, descending only into subtrees that contain one. */
export function firstErrorNode(node: Node): Node | undefined {
  if (node.isError || node.isMissing) return node;
  for (const child of node.children) {
    if (child?.hasError) return firstErrorNode(child) ?? child;
  }
  return undefined;
}
