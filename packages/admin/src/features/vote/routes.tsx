import { Route, Routes } from 'react-router';
import { VoteDetailView } from './views/VoteDetailView';
import { VoteListView } from './views/VoteListView';
import { VoteUnitsView } from './views/VoteUnitsView';

/** 业主表决 — lazy-loaded; its section (section.tsx) is collected by app/sections.tsx. */
export default function VoteRoutes() {
  return (
    <Routes>
      <Route index element={<VoteListView />} />
      <Route path="units" element={<VoteUnitsView />} />
      <Route path=":id" element={<VoteDetailView />} />
    </Routes>
  );
}
