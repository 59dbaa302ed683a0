import { Route, Routes } from 'react-router';
import { VenueListView } from './views/VenueListView';

/** Venue — lazy-loaded; its section (section.tsx) is collected by app/sections.tsx. */
export default function VenueRoutes() {
  return (
    <Routes>
      <Route index element={<VenueListView />} />
    </Routes>
  );
}
