/**
 * The prompt template file format (docs/evaluation.md): sections opened by a marker line such as
 * `=== user ===`, placeholders written `{{name}}`, `\{{` for a literal `{{`. Parsing is pure and
 * reports every mistake with the file and line, because users edit these files by hand.
 */
import { SemtraceError } from '../../errors.js';

export const SECTION_NAMES = ['system', 'user', 'examples'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];
/** `call`: items that call a function (CRUXEval style); `script`: programs run with stdin. */
export type PromptMode = 'call' | 'script';

/**
 * Section text by key (`user`, `user@script`, …); a section without `@script` serves both modes unless
 * an `@script` one overrides it. `line` is the file line of the section's first text line.
 */
export interface TemplateFile {
  source: string;
  sections: Map<string, { text: string; line: number }>;
}

const MARKER = /^===\s*([A-Za-z]+)(?:@([A-Za-z]+))?\s*===\s*$/;
export const PLACEHOLDER = /(\\?)\{\{\s*([^{}]*?)\s*\}\}/g;

export function sectionKey(name: SectionName, mode: PromptMode | null): string {
  return mode === 'script' ? `${name}@script` : name;
}

function invalid(source: string, line: number, message: string): SemtraceError {
  return new SemtraceError('SEMTRACE_TEMPLATE_INVALID', `${source}:${line}: ${message}`);
}

/** Split a template file into sections; text before the first marker may only be `#` comments. */
export function parseTemplateFile(text: string, source: string): TemplateFile {
  const sections = new Map<string, { text: string; line: number }>();
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let current: { key: string; line: number; body: string[] } | null = null;
  const close = () => {
    if (!current) return;
    // Blank lines around a section are layout, not prompt text.
    const joined = current.body.join('\n');
    const leading = /^\n*/.exec(joined)![0].length;
    sections.set(current.key, { text: joined.slice(leading).trimEnd(), line: current.line + 1 + leading });
  };
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const marker = MARKER.exec(raw);
    if (marker) {
      const [, name, variant] = marker;
      if (!SECTION_NAMES.includes(name as SectionName)) {
        throw invalid(source, lineNo, `unknown section '${name}'; sections are ${SECTION_NAMES.join(', ')}`);
      }
      if (variant !== undefined && variant !== 'script') {
        throw invalid(source, lineNo, `unknown variant '@${variant}'; the only variant is @script`);
      }
      const key = variant ? `${name}@${variant}` : name!;
      if (sections.has(key) || current?.key === key) {
        throw invalid(source, lineNo, `section '${key}' appears twice`);
      }
      close();
      current = { key, line: lineNo, body: [] };
      return;
    }
    if (current) current.body.push(raw);
    else if (raw.trim() !== '' && !raw.startsWith('#')) {
      throw invalid(source, lineNo, "text before the first section; start with a line '=== user ==='");
    }
  });
  close();
  if (!sections.has('user') && !sections.has('user@script')) {
    throw invalid(source, 1, "no '=== user ===' section: the template must say what to ask");
  }
  return { source, sections };
}

/** The placeholders a section uses, with the line each appears on (escaped ones excluded). */
export function placeholdersIn(text: string, firstLine: number): { name: string; line: number }[] {
  const found: { name: string; line: number }[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match[1] === '\\') continue;
    const line = firstLine + (text.slice(0, match.index).match(/\n/g)?.length ?? 0);
    found.push({ name: match[2]!, line });
  }
  return found;
}

export { invalid as templateError };
