/** The pipeline's prompt templates: the shipped ones parse, a user's copy wins, mistakes name the line. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  loadPipelineTemplate,
  PIPELINE_TEMPLATES,
  type PipelineTemplateName,
  parsePipelineTemplate,
  renderPipelinePrompt,
} from '../../src/synth/common/templates.js';

const dir = mkdtempSync(join(tmpdir(), 'semtrace-templates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pipeline templates', () => {
  it.each(Object.keys(PIPELINE_TEMPLATES))('ships %s with a system and a user section', (name) => {
    const template = loadPipelineTemplate(name as PipelineTemplateName);
    expect([...template.file.sections.keys()].sort()).toEqual(['system', 'user']);
  });

  it('fills placeholders and keeps escaped braces', () => {
    const template = parsePipelineTemplate(
      '=== user ===\nSeed:\n{{seed}}\nliteral \\{{seed}}',
      't.txt',
      'synth-program',
    );
    expect(renderPipelinePrompt(template, { seed: 'x = 1' })).toEqual({
      user: 'Seed:\nx = 1\nliteral {{seed}}',
    });
  });

  it('refuses a placeholder the template does not know, with file and line', () => {
    expect(() =>
      parsePipelineTemplate('=== user ===\nok\n{{output}}', 'mine.txt', 'annotate-forward'),
    ).toThrow(/mine\.txt:3: unknown placeholder \{\{output\}\}/);
  });

  it("uses the user's copy from --template-dir and the shipped file for the others", () => {
    writeFileSync(join(dir, 'synth-program.txt'), '=== user ===\nWrite a program like {{seed}}');
    expect(renderPipelinePrompt(loadPipelineTemplate('synth-program', dir), { seed: 'S' }).user).toBe(
      'Write a program like S',
    );
    expect(loadPipelineTemplate('synth-inputs', dir).file.source).toBe('synth-inputs.txt');
  });
});
