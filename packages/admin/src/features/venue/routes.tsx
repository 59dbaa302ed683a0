import { Route, Routes } from 'react-router';
import { VenueConsoleView } from './views/VenueConsoleView';

/** Venue booking (场地预约) — lazy-loaded; its section (section.tsx) is collected by app/sections.tsx. */
export default function VenueRoutes() {
  return (
    <Routes>
      <Route index element={<VenueConsoleView />} />
    </Routes>
  );
}
