import { Route, Routes } from 'react-router';
import { PointsListView } from './views/PointsListView';

/** Points — lazy-loaded; its section (section.tsx) is collected by app/sections.tsx. */
export default function PointsRoutes() {
  return (
    <Routes>
      <Route index element={<PointsListView />} />
    </Routes>
  );
}
