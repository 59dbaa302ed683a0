import { Route, Routes } from 'react-router';
import { TriageListView } from './views/TriageListView';

/** Triage — lazy-loaded; its section (section.tsx) is collected by app/sections.tsx. */
export default function TriageRoutes() {
  return (
    <Routes>
      <Route index element={<TriageListView />} />
    </Routes>
  );
}
