/** A checked prompt template for one task, and the prompt it gives for a task item. Pure. */
import type { TaskItem, TaskName } from '../../tasks/types.js';
import type { Prompt } from '../client/types.js';
import { FORBIDDEN, PLACEHOLDER_NAMES, type PlaceholderName, placeholderValues } from './placeholders.js';
import {
  PLACEHOLDER,
  type PromptMode,
  parseTemplateFile,
  placeholdersIn,
  type SectionName,
  sectionKey,
  type TemplateFile,
  templateError,
} from './template-file.js';

export interface PromptTemplate {
  task: TaskName;
  file: TemplateFile;
}

/** The section serving an item of this mode: the `@script` variant first for scripts, then the plain one. */
function section(file: TemplateFile, name: SectionName, mode: PromptMode) {
  return file.sections.get(sectionKey(name, mode)) ?? file.sections.get(name);
}

/** Parse and check a template for a task: unknown, misplaced or answer-revealing placeholders are errors. */
export function parsePromptTemplate(text: string, source: string, task: TaskName): PromptTemplate {
  const file = parseTemplateFile(text, source);
  for (const [key, { text: body, line }] of file.sections) {
    for (const { name, line: at } of placeholdersIn(body, line)) {
      if (!(PLACEHOLDER_NAMES as readonly string[]).includes(name)) {
        throw templateError(
          source,
          at,
          `unknown placeholder {{${name}}}; known: ${PLACEHOLDER_NAMES.map((p) => `{{${p}}}`).join(', ')} (write \\{{ for a literal {{)`,
        );
      }
      const why = FORBIDDEN[task][name as PlaceholderName];
      if (why) throw templateError(source, at, `{{${name}}} cannot be used for the ${task} task: ${why}`);
      if (key.startsWith('examples')) {
        throw templateError(
          source,
          at,
          `{{${name}}} in an examples section: worked examples are written out in full`,
        );
      }
    }
  }
  for (const mode of ['call', 'script'] as const) {
    const user = [section(file, 'system', mode), section(file, 'user', mode)];
    const usesExamples = user.some(
      (part) => part && placeholdersIn(part.text, part.line).some((p) => p.name === 'examples'),
    );
    const examples = section(file, 'examples', mode);
    if (usesExamples && !examples) {
      throw templateError(
        source,
        1,
        `{{examples}} is used but there is no '=== examples ===' section${mode === 'script' ? ' for scripts' : ''}`,
      );
    }
  }
  for (const [key, { line }] of file.sections) {
    if (!key.startsWith('examples')) continue;
    const mode: PromptMode = key.endsWith('@script') ? 'script' : 'call';
    const parts = [section(file, 'system', mode), section(file, 'user', mode)];
    const used = parts.some(
      (part) => part && placeholdersIn(part.text, part.line).some((p) => p.name === 'examples'),
    );
    if (!used)
      throw templateError(
        source,
        line,
        `section '${key}' is never used: put {{examples}} in the user section`,
      );
  }
  return { task, file };
}

/** The modes this template can prompt for (a template may cover only functions, or only scripts). */
export function templateModes(template: PromptTemplate): PromptMode[] {
  return (['call', 'script'] as const).filter((mode) => section(template.file, 'user', mode) !== undefined);
}

function fill(text: string, values: Record<PlaceholderName, string>): string {
  return text.replace(PLACEHOLDER, (whole, backslash: string, name: string) =>
    backslash === '\\' ? whole.slice(1) : values[name as PlaceholderName],
  );
}

export function renderPrompt(template: PromptTemplate, item: TaskItem): Prompt {
  const mode: PromptMode = item.mode === 'script' ? 'script' : 'call';
  const user = section(template.file, 'user', mode);
  if (!user) {
    throw templateError(
      template.file.source,
      1,
      `no user section for items run as ${mode === 'script' ? 'scripts (add === user@script ===)' : 'function calls (add === user ===)'}; item ${item.id} needs one`,
    );
  }
  const examples = section(template.file, 'examples', mode);
  const base = { ...placeholderValues(item), examples: '' };
  // Examples hold no placeholders (checked at parse time); filling only resolves their \{{ escapes.
  const values = { ...base, examples: examples ? fill(examples.text, base) : '' };
  const system = section(template.file, 'system', mode);
  const prompt: Prompt = { user: fill(user.text, values) };
  if (system && system.text !== '') prompt.system = fill(system.text, values);
  return prompt;
}
