import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FORMATS } from '../../src/dataset/build/config.js';
import { isSemtraceError } from '../../src/errors.js';
import { formatsHelp } from '../../src/formats/help.js';
import { FORMAT_NAMES, getRenderer, RENDERERS, renderAll } from '../../src/formats/index.js';
import { program, useEngine } from './support.js';

describe('format registry', () => {
  const { traced } = useEngine();

  it('lists one renderer per format name, each with a description', () => {
    expect(FORMAT_NAMES).toEqual([
      'json',
      'codeexecutor',
      'next',
      'semcoder',
      'semcoder-concise',
      'cwm',
      'cruxeval',
      'codeexecutor-full',
      'semcoder-full',
      'semcoder-full-concise',
      'cwm-full',
      'debugger',
      'debugger-json',
    ]);
    // A dataset's manifest names its formats; the schema that checks it must know every one.
    const schema = JSON.parse(
      readFileSync(new URL('../../schema/manifest.schema.json', import.meta.url), 'utf8'),
    ) as { properties: { config: { properties: { formats: { items: { enum: string[] } } } } } };
    expect(schema.properties.config.properties.formats.items.enum).toEqual(FORMAT_NAMES);
    for (const renderer of RENDERERS) {
      expect(getRenderer(renderer.name)).toBe(renderer);
      expect(renderer.description.length).toBeGreaterThan(10);
    }
  });

  it('builds the -full variants only on request, and says which formats match a released tool', () => {
    const variants = RENDERERS.filter((renderer) => renderer.variantOf).map((renderer) => renderer.name);
    expect(variants).toEqual(['codeexecutor-full', 'semcoder-full', 'semcoder-full-concise', 'cwm-full']);
    for (const renderer of RENDERERS) {
      if (renderer.variantOf) expect(FORMAT_NAMES).toContain(renderer.variantOf);
    }
    const onRequest = RENDERERS.filter((renderer) => renderer.onRequest).map((renderer) => renderer.name);
    expect(onRequest).toEqual(['debugger', 'debugger-json']);
    expect(DEFAULT_FORMATS).toEqual(
      FORMAT_NAMES.filter((name) => !variants.includes(name) && !onRequest.includes(name)),
    );
    const matching = RENDERERS.filter((renderer) => renderer.releasedTool).map((renderer) => renderer.name);
    expect(matching).toEqual(['codeexecutor', 'semcoder', 'semcoder-concise', 'cwm']);
    expect(formatsHelp()).toContain('cwm (= CWM demos/cwmdbg.py)');
  });

  it('rejects an unknown name with the list of valid ones', () => {
    let caught: unknown;
    try {
      getRenderer('pysnooper');
    } catch (error) {
      caught = error;
    }
    expect(isSemtraceError(caught) && caught.code).toBe('SEMTRACE_UNKNOWN_FORMAT');
    expect((caught as Error).message).toContain(
      'json, codeexecutor, next, semcoder, semcoder-concise, cwm, cruxeval, codeexecutor-full, semcoder-full, semcoder-full-concise, cwm-full, debugger, debugger-json',
    );
    expect(() => renderAll({} as never, ['json', 'nope'])).toThrow(/Unknown trace format "nope"/);
  });

  it('renders every format of a finished run, and leaves out those that do not apply', async () => {
    const ok = await traced(program('def f(x):', '    return x + 1'), { call: 'f(1)' });
    const all = renderAll(ok, FORMAT_NAMES);
    expect(Object.keys(all)).toEqual(FORMAT_NAMES);
    for (const name of FORMAT_NAMES) expect(all[name]).toBe(getRenderer(name).render(ok));

    const failed = await traced(program('def f(x):', '    return x + 1'), { call: 'f(None)' });
    expect(Object.keys(renderAll(failed, ['cruxeval', 'json']))).toEqual(['json']);

    const broken = await traced(program('def f(x)', '    return x'), { call: 'f(1)' });
    expect(broken.result.status).toBe('syntax_error');
    expect(renderAll(broken, FORMAT_NAMES)).toEqual({ json: '[]' });
  });
});
