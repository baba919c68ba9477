/** The trace renderers, one per format name, and the registry the dataset builder and CLI use. */
import type { DebugSamplingPolicy } from '../debug/sampling.js';
import { SemtraceError } from '../errors.js';
import { codeExecutorRenderer } from './codeexecutor.js';
import { codeExecutorFullRenderer } from './codeexecutor-full.js';
import { cruxevalRenderer } from './cruxeval.js';
import { cwmRenderer } from './cwm.js';
import { cwmFullRenderer } from './cwm-full.js';
import { createDebuggerRenderer, debuggerRenderer } from './debugger.js';
import { createDebuggerJsonRenderer, debuggerJsonRenderer } from './debugger-json.js';
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

/** Settings of the formats that take any; a format without settings here renders as registered. */
export interface RenderOptions {
  /** The sampling policy of `debugger` and `debugger-json` (default: the registered renderers' policy). */
  debugger?: DebugSamplingPolicy;
}

/** The renderers for `names`, with `options` applied; made once and reused for many inputs. */
export function renderersFor(names: readonly string[], options: RenderOptions = {}): FormatRenderer[] {
  return names.map((name) => withOptions(getRenderer(name), options));
}

function withOptions(renderer: FormatRenderer, options: RenderOptions): FormatRenderer {
  if (options.debugger === undefined) return renderer;
  if (renderer.name === 'debugger') return createDebuggerRenderer(options.debugger);
  if (renderer.name === 'debugger-json') return createDebuggerJsonRenderer(options.debugger);
  return renderer;
}

/** Renders `input` in each named format; formats that do not apply (null) are left out. */
export function renderAll(
  input: RenderInput,
  names: readonly string[],
  options: RenderOptions = {},
): Partial<Record<FormatName, string>> {
  return renderWith(input, renderersFor(names, options));
}

/** `renderAll` with renderers already made (see `renderersFor`). */
export function renderWith(
  input: RenderInput,
  renderers: readonly FormatRenderer[],
): Partial<Record<FormatName, string>> {
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
