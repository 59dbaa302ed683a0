import { Route, Routes } from 'react-router';
import { PrintWorkOrderView } from '../ticket-intake/PrintWorkOrderView';
import { TicketWorkbenchView } from './views/TicketWorkbenchView';

/** 我要说事 — the ticket workbench; lazy-loaded; visible to every staff role (app/sections). */
export default function TicketRoutes() {
  return (
    <Routes>
      <Route index element={<TicketWorkbenchView />} />
      {/* The printable work order (ticket desk). */}
      <Route path=":id/print" element={<PrintWorkOrderView />} />
    </Routes>
  );
}
