/** Reading templates from disk: the ones shipped in `templates/`, or a user's own copy. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SemtraceError } from '../../errors.js';
import type { TaskName } from '../../tasks/types.js';
import { type PromptTemplate, parsePromptTemplate } from './prompt-template.js';

/** `templates/` at the package root: three levels up from both src/eval/prompts and dist/eval/prompts. */
export const builtinTemplatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));

export interface TemplateChoice {
  fewShot: boolean;
  cot: boolean;
}

/** e.g. `output-few-shot-cot.txt`: one file per task × {zero-shot, few-shot} × {direct, cot}. */
export function builtinTemplateName(task: TaskName, choice: TemplateChoice): string {
  return `${task}-${choice.fewShot ? 'few-shot' : 'zero-shot'}-${choice.cot ? 'cot' : 'direct'}.txt`;
}

export function builtinTemplatePath(task: TaskName, choice: TemplateChoice): string {
  return `${builtinTemplatesDir}${builtinTemplateName(task, choice)}`;
}

/** The user's file when given, else the shipped template for the task and choice. */
export function loadPromptTemplate(
  task: TaskName,
  choice: TemplateChoice,
  userFile?: string,
): PromptTemplate {
  const path = userFile ?? builtinTemplatePath(task, choice);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    const what = userFile
      ? `the template '${userFile}'`
      : `the shipped template ${path} (reinstall semtrace)`;
    throw new SemtraceError('SEMTRACE_FILE_NOT_FOUND', `cannot read ${what}`);
  }
  return parsePromptTemplate(text, userFile ?? builtinTemplateName(task, choice), task);
}
