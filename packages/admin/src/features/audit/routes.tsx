import { Route, Routes } from 'react-router';
import { AuditLogView } from './views/AuditLogView';

/** 审计日志 — lazy-loaded; visible to COMMUNITY_STAFF, STREET_ADMIN, SYSTEM_ADMIN (app/sections). */
export default function AuditRoutes() {
  return (
    <Routes>
      <Route index element={<AuditLogView />} />
    </Routes>
  );
}
