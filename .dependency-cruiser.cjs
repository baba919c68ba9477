/**
 * The import rules of src/ that `npm test` enforces (test/repo/dependency-rules.test.ts; by hand:
 * npm run lint:deps). No cycles; nothing imports the CLI; layers, lowest first: a folder may import its
 * own layer and the ones below it, never one above. (What the browser app in web/src may import from
 * src/ is a Biome rule: the web/src override in biome.json.)
 */
const LAYERS = [
  ['errors.ts', 'common'],
  ['engine'],
  ['trace', 'mutate', 'debug'],
  ['formats'],
  ['dataset'],
  ['tasks'],
  ['eval', 'neural'],
  ['synth', 'queue'],
  ['viewer', 'serve'],
  ['cli'],
];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const folder = (name) => `^src/${escape(name)}${name.endsWith('.ts') ? '$' : '/'}`;

const layerRules = LAYERS.flatMap((layer, rank) => {
  const above = LAYERS.slice(rank + 1).flat();
  if (above.length === 0) return [];
  return [
    {
      name: `layer-${layer.join('-').replace('.ts', '')}`,
      comment: `${layer.join(', ')} must not import a higher layer (${above.join(', ')}); move shared code down`,
      severity: 'error',
      from: { path: layer.map(folder).join('|') },
      to: { path: above.map(folder).join('|') },
    },
  ];
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'import cycles make load order fragile and modules impossible to read alone',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-cli-imports',
      comment: 'the CLI is a thin shell: nothing outside src/cli imports it',
      severity: 'error',
      from: { pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    // TypeScript 7 has no compiler API for dependency-cruiser to parse with; swc reads the same syntax.
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
