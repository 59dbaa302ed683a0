import { Route, Routes } from 'react-router';
import { WebhookListView } from './views/WebhookListView';

/** Webhook — lazy-loaded; its section (section.tsx) is collected by app/sections.tsx. */
export default function WebhookRoutes() {
  return (
    <Routes>
      <Route index element={<WebhookListView />} />
    </Routes>
  );
}
