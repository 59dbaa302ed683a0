import type { CodegenConfig } from '@graphql-codegen/cli';

/** Clients generate from the committed file, never from a running server. */
const config: CodegenConfig = {
  schema: './schema.graphql',
  ignoreNoDocuments: true,
  hooks: { afterAllFileWrite: [] },
  generates: {
    // (b) TypeScript types of the whole schema, exported by this package for any front end.
    './src/types.generated.ts': {
      plugins: ['typescript'],
      config: {
        scalars: { DateTimeISO: 'string', ID: 'string', JSONObject: 'Record<string, string | number | null>' },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        useTypeImports: true,
      },
    },
    // (a) typed documents for the admin console (client preset).
    '../admin/src/gql/': {
      documents: ['../admin/src/**/*.{ts,tsx}', '!../admin/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: {
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, string | number | null>' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
    // (c) typed documents for the resident app (packages/resident): plain strings (no graphql runtime in the
    // mini program or the H5 bundle), each with its sha256 for trusted documents (persisted-operations.json).
    '../resident/src/gql/': {
      documents: ['../resident/src/**/*.{ts,tsx}', '!../resident/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        documentMode: 'string',
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, string | number | null>' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
