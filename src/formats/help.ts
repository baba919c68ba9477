/** The `--formats` help text: every format name, and for each one that matches a released tool, which. */
import { RENDERERS } from './index.js';

export function formatsHelp(): string {
  const names = RENDERERS.map((renderer) =>
    renderer.releasedTool ? `${renderer.name} (= ${renderer.releasedTool})` : renderer.name,
  );
  return `renders to include, comma-separated: ${names.join(', ')}. Default: all but the -full formats (semtrace's richer variants) and the debugger samples (docs/formats.md)`;
}
