import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Splits GraphQL documents with the routes that use them (STACK trap 24).
 *
 * The codegen client preset's `graphql(\`…\`)` looks a document up at run time in one map of every
 * document (src/gql/gql.ts), so all of them land in the first chunk. This transform does what the
 * preset's babel/swc plugin would (neither fits Vite 8 + plugin-react 6, which has no babel step):
 * it replaces each `graphql(\`…\`)` call with the generated document itself, inlined where it is
 * written, so a document travels with its feature's lazy chunk and gql.ts / graphql.ts drop out of
 * the bundle (only their types remain). Types are unchanged: TypeScript still reads gql.ts.
 *
 * A call whose text is not in the generated map fails the build: run `pnpm codegen`.
 */
export function inlineDocuments(gqlDir: string): Plugin {
  const mapFile = resolve(gqlDir, 'gql.ts');
  const docsFile = resolve(gqlDir, 'graphql.ts');
  let cache: { stamp: string; bySource: Map<string, string> } | undefined;

  /** Source text of each `graphql()` call → the JSON of its generated document (with its fragments). */
  function documents(): Map<string, string> {
    const stamp = `${statSync(mapFile).mtimeMs}:${statSync(docsFile).mtimeMs}`;
    if (cache?.stamp === stamp) return cache.bySource;
    const json = new Map<string, string>();
    for (const m of readFileSync(docsFile, 'utf8').matchAll(
      /^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode<.*>;$/gm,
    ))
      json.set(m[1] as string, m[2] as string);
    const body = readFileSync(mapFile, 'utf8').split(/^const documents\b.*$/m)[1] ?? '';
    const bySource = new Map<string, string>();
    for (const m of body.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
      const doc = json.get(m[2] as string);
      if (!doc) throw new Error(`inline-documents: ${m[2]} not found in ${docsFile}`);
      bySource.set(JSON.parse(m[1] as string) as string, doc);
    }
    if (bySource.size === 0) throw new Error(`inline-documents: no documents read from ${mapFile}`);
    cache = { stamp, bySource };
    return bySource;
  }

  return {
    name: 'roundtable:inline-documents',
    enforce: 'pre',
    transform: {
      filter: { id: { include: /\/src\/.*\.tsx?$/, exclude: /\/src\/gql\// }, code: { include: 'graphql(`' } },
      handler(code, id) {
        const bySource = documents();
        let count = 0;
        const out = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (call, text: string) => {
          if (text.includes('${')) this.error(`${id}: graphql() with an interpolation cannot be inlined`);
          const doc = bySource.get(text);
          if (!doc) this.error(`${id}: a graphql() document is not in src/gql — run \`pnpm codegen\`\n${text}`);
          count++;
          // Same number of lines as the call, so positions after it stay put.
          return `(${doc})${'\n'.repeat(call.split('\n').length - 1)}`;
        });
        return count ? { code: out, map: null } : undefined;
      },
    },
  };
}
