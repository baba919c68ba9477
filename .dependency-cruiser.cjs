/**
 * The import rules of src/ that `npm test` enforces (test/repo/dependency-rules.test.ts; by hand:
 * npm run lint:deps). No cycles; nothing imports the CLI; layers, lowest first: a folder may import its
 * own layer and the ones below it, never one above. The viewer's two halves stay apart: its browser app
 * (src/viewer/app, bundled by vite) is imported by nothing else and imports nothing of its server; they
 * share only src/viewer/api-types.ts. (Which other modules of src/ the app may import is a Biome rule:
 * the src/viewer/app overrides in biome.json.)
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
    {
      name: 'viewer-app-apart',
      comment: 'the viewer app runs in a browser: the server serves its build (dist/viewer/app), nothing imports its sources',
      severity: 'error',
      from: { pathNot: '^src/viewer/app/' },
      to: { path: '^src/viewer/app/' },
    },
    {
      name: 'viewer-app-not-server',
      comment: 'the viewer app runs in a browser: it shares only src/viewer/api-types.ts with the Node server',
      severity: 'error',
      from: { path: '^src/viewer/app/' },
      to: { path: '^src/viewer/server/' },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // swc is run without JSX syntax, so the app's .tsx files are left out (the server cannot import them
    // anyway: its tsconfig has no JSX); its .ts modules are cruised like the rest of src/.
    exclude: { path: '^(node_modules|dist)/|^src/viewer/app/.*\\.tsx$' },
    tsPreCompilationDeps: true,
    // TypeScript 7 has no compiler API for dependency-cruiser to parse with; swc reads the same syntax.
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
