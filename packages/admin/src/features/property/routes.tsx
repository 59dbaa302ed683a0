import { Route, Routes } from 'react-router';
import { PropertyListView } from './views/PropertyListView';

/** Property — lazy-loaded; its section (section.tsx) is collected by app/sections.tsx. */
export default function PropertyRoutes() {
  return (
    <Routes>
      <Route index element={<PropertyListView />} />
    </Routes>
  );
}
