/**
 * Dependency rules of the server (`pnpm deps:check`, run by CI after lint).
 * - no runtime import cycle (a cycle made only of type-only imports is erased at compile time);
 * - the cross-cutting folders (auth, db, graphql, common, http) never import a module: they reach
 *   the modules only through the composition root, src/app/modules.ts, which lists them.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-runtime-cycle',
      severity: 'error',
      comment:
        'A runtime import cycle: modules evaluate half-initialised. Break it by moving the shared piece down ' +
        '(db/, auth/, common/) or by passing it in (a manifest, a services factory).',
      from: { path: '^packages/server/src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'cross-cutting-imports-no-module',
      severity: 'error',
      comment:
        'auth/, db/, graphql/, common/ and http/ serve every module and know none: declare it in the module ' +
        'manifest (<m>.module.ts) and let the composition root (src/app/modules.ts) hand it over. Exception: the ' +
        'demo seed (db/seed/), which writes demo rows through the modules’ entities.',
      from: {
        path: '^packages/server/src/(auth|db|graphql|common|http|redis)/',
        pathNot: '^packages/server/src/db/seed/',
      },
      to: { path: '^packages/server/src/modules/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that does not resolve to a file or an installed package.',
      from: { path: '^packages/server/src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: require('node:path').join(__dirname, 'packages/server/tsconfig.json') },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
  },
};
