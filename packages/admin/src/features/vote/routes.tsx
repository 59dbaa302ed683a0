import { Route, Routes } from 'react-router';
import { VoteListView } from './views/VoteListView';

/** Vote — lazy-loaded; its section (section.tsx) is collected by app/sections.tsx. */
export default function VoteRoutes() {
  return (
    <Routes>
      <Route index element={<VoteListView />} />
    </Routes>
  );
}
