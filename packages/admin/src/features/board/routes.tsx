import { Tabs } from 'antd';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../../i18n';
import { boardSettingsUrl, reportsUrl, templatesUrl } from './urls';
import { useBoardCommunity } from './useBoardCommunity';
import { BoardSettingsView } from './views/BoardSettingsView';
import { ReportsView } from './views/ReportsView';
import { TemplatesView } from './views/TemplatesView';

/** 公示与回访 — residents' reports, reply templates (常用语) and the board settings; lazy-loaded. */
export default function BoardRoutes() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const { communityId } = useBoardCommunity();
  const tab = location.pathname.endsWith('/templates')
    ? 'templates'
    : location.pathname.endsWith('/settings')
      ? 'settings'
      : 'reports';
  const go = { reports: reportsUrl, templates: templatesUrl, settings: boardSettingsUrl };
  return (
    <>
      <Tabs
        activeKey={tab}
        onChange={(k) => navigate(go[k as keyof typeof go](communityId))}
        items={[
          { key: 'reports', label: t('board.tab.reports') },
          { key: 'templates', label: t('board.tab.templates') },
          { key: 'settings', label: t('board.tab.settings') },
        ]}
        style={{ marginBottom: 0 }}
      />
      <Routes>
        <Route index element={<ReportsView />} />
        <Route path="templates" element={<TemplatesView />} />
        <Route path="settings" element={<BoardSettingsView />} />
      </Routes>
    </>
  );
}
