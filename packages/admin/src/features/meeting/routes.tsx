import { Route, Routes } from 'react-router';
import { MeetingListView } from './views/MeetingListView';

/** Meeting — lazy-loaded; its section (section.tsx) is collected by app/sections.tsx. */
export default function MeetingRoutes() {
  return (
    <Routes>
      <Route index element={<MeetingListView />} />
    </Routes>
  );
}
