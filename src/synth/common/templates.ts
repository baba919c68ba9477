/**
 * Prompt templates of the generation pipeline (`templates/synth-*.txt`, `annotate-*.txt`, `debug-*.txt`):
 * the evaluation's file format (sections `=== system ===` / `=== user ===`, `{{name}}` placeholders), with
 * each template's own placeholder list. Users copy a file, edit it and pass it with `--template-dir`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SemtraceError } from '../../errors.js';
import type { Prompt } from '../../eval/client/types.js';
import {
  PLACEHOLDER,
  parseTemplateFile,
  placeholdersIn,
  type TemplateFile,
  templateError,
} from '../../eval/prompts/template-file.js';
import { builtinTemplatesDir } from '../../eval/prompts/template-files.js';

/** Each pipeline template and the placeholders it may use. */
export const PIPELINE_TEMPLATES = {
  'synth-program': ['seed'],
  'synth-inputs': ['code', 'entry_point', 'example', 'count', 'have'],
  'annotate-forward': ['code', 'call', 'nl'],
  'annotate-backward': ['code', 'output', 'entry_point', 'nl'],
  'debug-fix': ['nl', 'buggy_code', 'failed_test', 'faulty_trace'],
} as const;
export type PipelineTemplateName = keyof typeof PIPELINE_TEMPLATES;

export interface PipelineTemplate {
  name: PipelineTemplateName;
  file: TemplateFile;
}

/** Parse and check: only this template's placeholders, no `@script` or examples sections. */
export function parsePipelineTemplate(
  text: string,
  source: string,
  name: PipelineTemplateName,
): PipelineTemplate {
  const file = parseTemplateFile(text, source);
  const allowed: readonly string[] = PIPELINE_TEMPLATES[name];
  for (const [key, { text: body, line }] of file.sections) {
    if (key !== 'system' && key !== 'user') {
      throw templateError(source, line, `section '${key}' is not used by the ${name} template`);
    }
    for (const { name: used, line: at } of placeholdersIn(body, line)) {
      if (!allowed.includes(used)) {
        throw templateError(
          source,
          at,
          `unknown placeholder {{${used}}}; the ${name} template knows ${allowed.map((p) => `{{${p}}}`).join(', ')}`,
        );
      }
    }
  }
  return { name, file };
}

/** `<dir>/<name>.txt` when the user's folder has it, else the shipped one. */
export function loadPipelineTemplate(name: PipelineTemplateName, userDir?: string): PipelineTemplate {
  const own = userDir ? join(userDir, `${name}.txt`) : undefined;
  const path = own && existsSync(own) ? own : join(builtinTemplatesDir, `${name}.txt`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new SemtraceError(
      'SEMTRACE_FILE_NOT_FOUND',
      `cannot read the template ${path} (reinstall semtrace)`,
    );
  }
  return parsePipelineTemplate(text, path === own ? path : `${name}.txt`, name);
}

export function renderPipelinePrompt(template: PipelineTemplate, values: Record<string, string>): Prompt {
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (whole, backslash: string, name: string) =>
      backslash === '\\' ? whole.slice(1) : (values[name] ?? ''),
    );
  const user = template.file.sections.get('user');
  if (!user) throw templateError(template.file.source, 1, "no '=== user ===' section");
  const prompt: Prompt = { user: fill(user.text) };
  const system = template.file.sections.get('system');
  if (system && system.text !== '') prompt.system = fill(system.text);
  return prompt;
}
