import { Route, Routes } from 'react-router';
import { OrganisationsView } from './views/OrganisationsView';

/** 组织机构 — lazy-loaded; visible to every staff role (app/sections). */
export default function OrganisationRoutes() {
  return (
    <Routes>
      <Route index element={<OrganisationsView />} />
    </Routes>
  );
}
