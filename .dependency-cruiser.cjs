/**
 * Dependency rules of the server and the resident app (`pnpm deps:check`, run by CI after lint).
 * - no runtime import cycle (a cycle made only of type-only imports is erased at compile time);
 * - the cross-cutting folders (auth, db, graphql, common, http) never import a module: they reach
 *   the modules only through the composition root, src/app/modules.ts, which lists them;
 * - the resident app (packages/resident) imports nothing from packages/server.
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
      name: 'resident-imports-no-server',
      severity: 'error',
      comment:
        'The resident app is built as a third party would build it: on @roundtable/schema and the public ' +
        'GraphQL API only, never on server code (its browser tests start the server as a process, they import nothing of it).',
      from: { path: '^packages/resident/' },
      to: { path: ['^packages/server/', '@roundtable/server'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that does not resolve to a file or an installed package.',
      from: { path: '^packages/server/src/' },
      to: { couldNotResolve: true },
    },
    {
      name: 'resident-not-to-unresolvable',
      severity: 'error',
      comment:
        'An import of the resident app that does not resolve (the typings-only package of the generated documents aside).',
      from: { path: '^packages/resident/(src|e2e|scripts)/' },
      to: { couldNotResolve: true, pathNot: '^@graphql-typed-document-node/core$' },
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
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
  },
};
