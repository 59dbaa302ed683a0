import { Route, Routes } from 'react-router';
import { PublicationDetailView } from './views/PublicationDetailView';
import { PublicationEditorView } from './views/PublicationEditorView';
import { PublicationListView } from './views/PublicationListView';

/** Disclosures — lazy-loaded; its section (section.tsx) is collected by app/sections.tsx. */
export default function PublicationRoutes() {
  return (
    <Routes>
      <Route index element={<PublicationListView />} />
      <Route path="new" element={<PublicationEditorView />} />
      <Route path=":id" element={<PublicationDetailView />} />
      <Route path=":id/edit" element={<PublicationEditorView />} />
    </Routes>
  );
}
