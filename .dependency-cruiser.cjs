// The layer rule of docs/developer.md ("Layers"), checked by `npm run lint:layers` (part of
// `npm test`). Each rule's comment is what dependency-cruiser prints when it is broken.
// The other half of "engine and content run in plain Node": test/tsconfig.headless.json type-checks
// those folders without the DOM and Node typings, which catches globals (document, window, process)
// that no import shows.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'headless-core-no-node-builtins',
      severity: 'error',
      comment:
        'src/engine and src/content run in the browser too: no node: module. Put Node-only code (files, hashing, workers) in src/node/ or src/cli/.',
      from: { path: '^src/(engine|content)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'headless-core-no-browser-or-build-packages',
      severity: 'error',
      comment: 'src/engine and src/content import no Phaser, Howler or Vite: they must run in plain Node.',
      from: { path: '^src/(engine|content)/' },
      to: { path: 'node_modules/(phaser|howler|vite|@vitejs)/' },
    },
    {
      name: 'layers-point-down',
      severity: 'error',
      comment:
        'Dependencies point downwards: app -> ui/game -> records -> engine -> content. engine and content import nothing above them (nor the Node-only src/node and src/cli).',
      from: { path: '^src/(engine|content)/' },
      to: { path: '^src/(app|ui|game|records|node|cli)/' },
    },
    {
      name: 'content-below-engine',
      severity: 'error',
      comment: 'src/content is the bottom layer: it imports nothing from src/engine.',
      from: { path: '^src/content/' },
      to: { path: '^src/engine/' },
    },
    {
      name: 'records-below-ui',
      severity: 'error',
      comment: 'src/records sits below the screens: it imports nothing from src/ui, src/game or src/app.',
      from: { path: '^src/records/' },
      to: { path: '^src/(ui|game|app|cli)/' },
    },
    {
      name: 'screens-never-score',
      severity: 'error',
      comment: 'src/ui and src/game render what the engine returns and never compute a score: no import of src/engine/scoring.',
      from: { path: '^src/(ui|game)/' },
      to: { path: '^src/engine/scoring/' },
    },
    {
      name: 'nothing-imports-app',
      severity: 'error',
      comment: 'src/app is the composition root: nothing else imports it.',
      from: { path: '^(src|test)/', pathNot: '^src/app/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'browser-never-imports-node-only',
      severity: 'error',
      comment: 'src/node and src/cli are Node-only (files, workers, the Vite plugin): the page (app, ui, game, records) never imports them.',
      from: { path: '^src/(app|ui|game|records)/' },
      to: { path: '^src/(node|cli)/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      from: { path: '^src/' },
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/.*\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
