import { Route, Routes } from 'react-router';
import { VolunteerListView } from './views/VolunteerListView';

/** Volunteer — lazy-loaded; its section (section.tsx) is collected by app/sections.tsx. */
export default function VolunteerRoutes() {
  return (
    <Routes>
      <Route index element={<VolunteerListView />} />
    </Routes>
  );
}
