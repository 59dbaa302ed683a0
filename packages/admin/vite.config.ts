import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { inlineDocuments } from './vite-plugins/inline-documents.ts';
import { precompress } from './vite-plugins/precompress.ts';

const api = process.env.API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [inlineDocuments(resolve(import.meta.dirname, 'src/gql')), react(), precompress()],
  server: {
    port: 5173,
    proxy: { '/graphql': { target: api, ws: true, changeOrigin: true }, '/files': { target: api } },
  },
  build: {
    outDir: 'dist',
    // Maps stay in the build for decoding a reported stack, but the pages do not point at them
    // ('hidden': no sourceMappingURL comment), they carry no sources (output.sourcemapExcludeSources)
    // and the server refuses them in production (app.ts).
    sourcemap: 'hidden',
    // dist/.vite/manifest.json: scripts/bundle-report.mjs measures the initial JS from it.
    manifest: true,
    // Two pages: the console (index.html) and the GraphQL explorer the server sends to a browser at
    // GET /graphql (explorer.html; GraphiQL is in its chunks only, not in the console's initial JS).
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        explorer: resolve(import.meta.dirname, 'explorer.html'),
      },
      output: {
        sourcemapExcludeSources: true,
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            // graphql-js's printer and visitor apart from Apollo: the sign-in page prints its two documents
            // with them (app/request.ts) and loads Apollo Client, rxjs and graphql-ws only with the staff
            // console. (Only these modules: the rest of graphql-js — parser, validation — is GraphiQL's.)
            {
              name: 'graphql-print',
              test: /node_modules[\\/]graphql[\\/](language[\\/](printer|ast|kinds|visitor|reducer|printString|blockString|characterClasses)|jsutils[\\/](inspect|devAssert))\.mjs$/,
            },
            { name: 'apollo', test: /node_modules[\\/](@apollo|rxjs|graphql-ws)[\\/]/ },
            // antd's shared core (theme, cssinjs, rc-component utilities) in one chunk; its components are
            // left to the chunks that use them, so the first screen does not load every widget (one antd
            // chunk made the initial load 468 KB gzip; split, it is 381 KB). With documents inlined per route and
            // the staff console behind sign-in lazy, the login page loads ≈ 277 KB (`pnpm bundle:report`).
            {
              name: 'antd-core',
              test: /node_modules[\\/](@ant-design[\\/](cssinjs|colors|fast-color)|@rc-component[\\/](util|motion|resize-observer))/,
            },
          ],
        },
      },
    },
  },
});
