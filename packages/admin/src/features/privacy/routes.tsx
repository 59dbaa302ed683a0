import { Route, Routes } from 'react-router';
import { ErasureRequestsView } from './views/ErasureRequestsView';

/** Privacy — lazy-loaded; its section (section.tsx) is collected by app/sections.tsx. */
export default function PrivacyRoutes() {
  return (
    <Routes>
      <Route index element={<ErasureRequestsView />} />
    </Routes>
  );
}
