import { Route, Routes } from 'react-router';
import { ActionItemTrackerView } from './views/ActionItemTrackerView';
import { MeetingListView } from './views/MeetingListView';

/** 圆桌会 — meetings and the action-item tracker; lazy-loaded (section.tsx is collected by app/sections.tsx). */
export default function MeetingRoutes() {
  return (
    <Routes>
      <Route index element={<MeetingListView />} />
      <Route path="actions" element={<ActionItemTrackerView />} />
    </Routes>
  );
}
