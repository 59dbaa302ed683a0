import { Route, Routes } from 'react-router';
import { MaintenanceFormView } from './views/MaintenanceFormView';
import { PropertyView } from './views/PropertyView';

/** 物业公开 — lazy-loaded; its section (section.tsx) is collected by app/sections.tsx. */
export default function PropertyRoutes() {
  return (
    <Routes>
      <Route index element={<PropertyView />} />
      <Route path="record/:id" element={<MaintenanceFormView />} />
    </Routes>
  );
}
