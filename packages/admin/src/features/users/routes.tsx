import { Route, Routes } from 'react-router';
import { UsersView } from './views/UsersView';

/** 用户与角色 — lazy-loaded; visible to COMMUNITY_STAFF, STREET_ADMIN, SYSTEM_ADMIN (app/sections). */
export default function UserRoutes() {
  return (
    <Routes>
      <Route index element={<UsersView />} />
    </Routes>
  );
}
