import { Route, Routes } from 'react-router';
import { OrgTreeView } from './views/OrgTreeView';

/** 组织架构 — lazy-loaded; visible to every staff role (app/sections). */
export default function OrgRoutes() {
  return (
    <Routes>
      <Route index element={<OrgTreeView />} />
    </Routes>
  );
}
