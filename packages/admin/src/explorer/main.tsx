// The GraphQL explorer served at GET /graphql to a browser (a second Vite entry, explorer.html:
// none of it is in the console's bundle). GraphiQL 4 (CodeMirror 5), bundled: no CDN.
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { explorerFetcher } from './fetcher.ts';

const DEFAULT_QUERY = `# Roundtable GraphQL explorer.
# Sign in and name your app in the Headers tab below:
#   { "Authorization": "Bearer <access token>",
#     "X-Api-Key": "ak_…" }
# Docs and autocompletion need introspection
# (development, or GRAPHQL_INTROSPECTION=true).
{
  serverInfo {
    version
  }
}
`;

const root = document.getElementById('explorer');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <GraphiQL
        fetcher={explorerFetcher(`${window.location.origin}/graphql`)}
        defaultQuery={DEFAULT_QUERY}
        defaultEditorToolsVisibility="headers"
        isHeadersEditorEnabled
        shouldPersistHeaders={false}
      />
    </StrictMode>,
  );
}
