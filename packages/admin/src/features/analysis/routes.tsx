import { Route, Routes } from 'react-router';
import { AnalysisView } from './views/AnalysisView';

/** Analysis — lazy-loaded; its section (section.tsx) is collected by app/sections.tsx. */
export default function AnalysisRoutes() {
  return (
    <Routes>
      <Route index element={<AnalysisView />} />
    </Routes>
  );
}
