import { Route, Routes } from 'react-router';
import { ApiClientListView } from './views/ApiClientListView';

/** ApiClient — lazy-loaded; its section (section.tsx) is collected by app/sections.tsx. */
export default function ApiClientRoutes() {
  return (
    <Routes>
      <Route index element={<ApiClientListView />} />
    </Routes>
  );
}
