import { Route, Routes } from 'react-router';
import { VerificationQueueView } from './views/VerificationQueueView';

/** 住户认证 — lazy-loaded; visible to COMMUNITY_STAFF, STREET_ADMIN, SYSTEM_ADMIN (app/sections). */
export default function VerificationRoutes() {
  return (
    <Routes>
      <Route index element={<VerificationQueueView />} />
    </Routes>
  );
}
