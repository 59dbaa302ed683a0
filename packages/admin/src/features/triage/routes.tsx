import { Route, Routes } from 'react-router';
import { HotTopicListView } from './views/HotTopicListView';

/** 热点研判 — lazy-loaded; its section (section.tsx) is collected by app/sections.tsx. */
export default function TriageRoutes() {
  return (
    <Routes>
      <Route index element={<HotTopicListView />} />
    </Routes>
  );
}
