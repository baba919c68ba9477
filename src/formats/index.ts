/** The trace renderers, one per format name, and the registry the dataset builder and CLI use. */
import { SemtraceError } from '../errors.js';
import { codeExecutorRenderer } from './codeexecutor.js';
import { codeExecutorFullRenderer } from './codeexecutor-full.js';
import { cruxevalRenderer } from './cruxeval.js';
import { cwmRenderer } from './cwm.js';
import { cwmFullRenderer } from './cwm-full.js';
import { debuggerRenderer } from './debugger.js';
import { debuggerJsonRenderer } from './debugger-json.js';
import { jsonRenderer } from './json.js';
import { nextRenderer } from './next.js';
import { semcoderRenderer } from './semcoder.js';
import { semcoderConciseRenderer } from './semcoder-concise.js';
import { semcoderFullRenderer } from './semcoder-full.js';
import { semcoderFullConciseRenderer } from './semcoder-full-concise.js';
import type { FormatName, FormatRenderer, RenderInput } from './types.js';

export type { FormatName, FormatRenderer, RenderInput } from './types.js';

export const RENDERERS: readonly FormatRenderer[] = [
  jsonRenderer,
  codeExecutorRenderer,
  nextRenderer,
  semcoderRenderer,
  semcoderConciseRenderer,
  cwmRenderer,
  cruxevalRenderer,
  // semtrace's richer variants of the formats above (docs/formats.md): not what the released tools write.
  codeExecutorFullRenderer,
  semcoderFullRenderer,
  semcoderFullConciseRenderer,
  cwmFullRenderer,
  debuggerRenderer,
  debuggerJsonRenderer,
];

export const FORMAT_NAMES: readonly FormatName[] = RENDERERS.map((renderer) => renderer.name);

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

export function getRenderer(name: string): FormatRenderer {
  const renderer = RENDERERS.find((candidate) => candidate.name === name);
  if (!renderer) {
    throw new SemtraceError(
      'SEMTRACE_UNKNOWN_FORMAT',
      `Unknown trace format "${name}". Choose one of: ${FORMAT_NAMES.join(', ')}.`,
    );
  }
  return renderer;
}

/** Renders `input` in each named format; formats that do not apply (null) are left out. */
export function renderAll(input: RenderInput, names: readonly string[]): Partial<Record<FormatName, string>> {
  const renderers = names.map(getRenderer);
  const out: Partial<Record<FormatName, string>> = {};
  for (const renderer of renderers) {
    const text = renderer.render(input);
    if (text !== null) out[renderer.name] = text;
  }
  return out;
}

export { renderCodeExecutor } from './codeexecutor.js';
export { renderCodeExecutorFull } from './codeexecutor-full.js';
export { renderCruxeval } from './cruxeval.js';
export { renderCwm } from './cwm.js';
export { renderCwmFull } from './cwm-full.js';
export { createDebuggerRenderer, renderDebugger } from './debugger.js';
export { createDebuggerJsonRenderer, renderDebuggerJson } from './debugger-json.js';
export { renderJson } from './json.js';
export { NEXT_ELISION, renderNext } from './next.js';
export { renderSemcoder } from './semcoder.js';
export { renderSemcoderFull } from './semcoder-full.js';
export { CONCISE_ELISION } from './semcoder-full-concise.js';
