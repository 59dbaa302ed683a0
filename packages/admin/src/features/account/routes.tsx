import { Route, Routes } from 'react-router';
import { AccountView } from './views/AccountView';

/** 我的账号 — lazy-loaded; every staff role. */
export default function AccountRoutes() {
  return (
    <Routes>
      <Route index element={<AccountView />} />
    </Routes>
  );
}
