import { Tabs } from 'antd';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../../i18n';
import { RoutingSettingsView } from '../ticket-desk/views/RoutingSettingsView';
import { calendarUrl, categorySettingsUrl, routingSettingsUrl } from './urls';
import { CalendarView } from './views/CalendarView';
import { CategorySettingsView } from './views/CategorySettingsView';

/** 工单设置 — categories and the working-day calendar; lazy-loaded; every staff role reads them. */
export default function TicketSettingsRoutes() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const tab = location.pathname.endsWith('/calendar')
    ? 'calendar'
    : location.pathname.endsWith('/routing')
      ? 'routing'
      : 'categories';
  return (
    <>
      <Tabs
        activeKey={tab}
        onChange={(k) =>
          navigate(k === 'calendar' ? calendarUrl() : k === 'routing' ? routingSettingsUrl() : categorySettingsUrl())
        }
        items={[
          { key: 'categories', label: t('settings.categories') },
          { key: 'calendar', label: t('settings.calendar') },
          // The desk's routing rules and clocks (features/ticket-desk).
          { key: 'routing', label: t('desk.routing') },
        ]}
        style={{ marginBottom: 0 }}
      />
      <Routes>
        <Route index element={<CategorySettingsView />} />
        <Route path="calendar" element={<CalendarView />} />
        <Route path="routing" element={<RoutingSettingsView />} />
      </Routes>
    </>
  );
}
