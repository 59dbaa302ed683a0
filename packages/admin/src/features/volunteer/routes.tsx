import { Route, Routes } from 'react-router';
import { ActivitiesView } from './views/ActivitiesView';
import { ActivityView } from './views/ActivityView';
import { HoursView } from './views/HoursView';
import { VolunteersView } from './views/VolunteersView';

/** Volunteer service — lazy-loaded; its section (section.tsx) is collected by app/sections.tsx. */
export default function VolunteerRoutes() {
  return (
    <Routes>
      <Route index element={<ActivitiesView />} />
      <Route path="activities/:id" element={<ActivityView />} />
      <Route path="hours" element={<HoursView />} />
      <Route path="people" element={<VolunteersView />} />
    </Routes>
  );
}
