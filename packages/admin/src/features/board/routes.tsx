import { Route, Routes } from 'react-router';
import { BoardListView } from './views/BoardListView';

/** Board — lazy-loaded; its section (section.tsx) is collected by app/sections.tsx. */
export default function BoardRoutes() {
  return (
    <Routes>
      <Route index element={<BoardListView />} />
    </Routes>
  );
}
