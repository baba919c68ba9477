import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getRenderer } from '../../src/formats/index.js';
import { repoRoot } from '../support/paths.js';
import { DOC_EXAMPLES } from './docs-examples.js';
import { useEngine } from './support.js';

describe('docs/formats.md', () => {
  const { traced } = useEngine();

  it('shows each example program with the render the code gives today', async () => {
    const page = readFileSync(join(repoRoot, 'docs/formats.md'), 'utf8');
    for (const example of DOC_EXAMPLES) {
      const input = await traced(example.code, example.run);
      const render = getRenderer(example.format).render(input);
      expect(page).toContain(`\`\`\`python\n${example.code}\`\`\``);
      expect(page, `${example.format} example`).toContain(`\`\`\`text\n${render}\n\`\`\``);
    }
  });
});
