import { Route, Routes } from 'react-router';
import { LeaderboardView } from './views/LeaderboardView';
import { LedgerView } from './views/LedgerView';
import { RewardsView } from './views/RewardsView';
import { RulesView } from './views/RulesView';

/** Points — lazy-loaded; its section (section.tsx) is collected by app/sections.tsx. */
export default function PointsRoutes() {
  return (
    <Routes>
      <Route index element={<LeaderboardView />} />
      <Route path="ledger" element={<LedgerView />} />
      <Route path="rules" element={<RulesView />} />
      <Route path="rewards" element={<RewardsView />} />
    </Routes>
  );
}
