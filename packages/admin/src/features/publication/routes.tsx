import { Route, Routes } from 'react-router';
import { PublicationListView } from './views/PublicationListView';

/** Publication — lazy-loaded; its section (section.tsx) is collected by app/sections.tsx. */
export default function PublicationRoutes() {
  return (
    <Routes>
      <Route index element={<PublicationListView />} />
    </Routes>
  );
}
