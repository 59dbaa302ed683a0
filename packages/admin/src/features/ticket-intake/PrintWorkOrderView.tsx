import { useQuery } from '@apollo/client/react';
import { Button, QRCode, Result, Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import { useErrorText } from '../../app/errors';
import { formatTime } from '../../app/format';
import { getFragmentData } from '../../gql/fragment-masking';
import { useI18n } from '../../i18n';
import { AuthImage } from '../tickets/components/AuthImage';
import { TimelineEventFields } from '../tickets/components/TicketTimeline';
import { ticketsUrl, ticketUrl } from '../tickets/urls';
import { WorkOrderDocument } from './graphql';

/** A4 print rules: only the work order is printed, in black on white, without the console around it. */
const PRINT_CSS = `
@page { size: A4; margin: 14mm 12mm; }
.work-order { max-width: 186mm; margin: 0 auto; padding: 16px; background: #fff; color: #000; font-size: 13px; }
.work-order h1 { font-size: 20px; text-align: center; margin: 0 0 12px; }
.work-order table { width: 100%; border-collapse: collapse; }
.work-order th, .work-order td { border: 1px solid #333; padding: 6px 8px; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
.work-order th { width: 22%; background: #f5f5f5; font-weight: 600; }
.work-order .wo-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 12px; margin-bottom: 12px; }
.work-order .wo-photos { display: flex; flex-wrap: wrap; gap: 8px; }
.work-order .wo-sign td { height: 56px; }
.work-order h2 { font-size: 15px; margin: 16px 0 6px; }
@media print {
  body * { visibility: hidden; }
  .work-order, .work-order * { visibility: visible; }
  .work-order { position: absolute; inset: 0 auto auto 0; width: 100%; max-width: none; padding: 0; }
  .wo-no-print { display: none !important; }
  .work-order tr, .work-order .wo-photos { break-inside: avoid; }
}
@media (max-width: 600px) { .work-order .wo-head { flex-direction: column; } }
`;

/** 工单处理单: a ticket printed for the handler's file, with a QR code of its console link and a signatures box. */
export function PrintWorkOrderView() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const { data, error, loading } = useQuery(WorkOrderDocument, { variables: { id } });
  const ticket = data?.ticket;
  if (error && !ticket) return <Result status="warning" title={errorText(error)} />;
  if (loading || !ticket) return <Skeleton active />;
  const link = new URL(ticketUrl(ticket.id), window.location.origin).toString();
  const events = getFragmentData(
    TimelineEventFields,
    ticket.timeline.edges.map((e) => e.node),
  );
  const place = [ticket.community.name, ticket.estate?.name, ticket.building?.name, ticket.locationText]
    .filter(Boolean)
    .join(' · ');
  const who = ticket.contactName
    ? `${ticket.contactName} ${ticket.contactPhone ?? ''}`
    : ticket.submitter
      ? `${ticket.submitter.displayName} ${ticket.submitter.phone}`
      : '—';
  return (
    <div className="work-order" data-testid="work-order">
      <style>{PRINT_CSS}</style>
      <div className="wo-no-print" style={{ display: 'flex', gap: 8, marginBottom: 12 }}>
        <Button type="primary" onClick={() => window.print()}>
          {t('desk.print.button')}
        </Button>
        <Link to={ticketsUrl({ ticket: ticket.id })}>
          <Button>{t('desk.print.back')}</Button>
        </Link>
      </div>
      <div className="wo-head">
        <div style={{ flex: 1, minWidth: 0 }}>
          <h1>{t('desk.print.heading')}</h1>
          <table>
            <tbody>
              <tr>
                <th>{t('desk.print.number')}</th>
                <td data-testid="work-order-number">{ticket.id}</td>
              </tr>
              <tr>
                <th>{t('desk.title')}</th>
                <td>{ticket.title}</td>
              </tr>
              <tr>
                <th>{t('desk.category')}</th>
                <td>{locale === 'zh-CN' ? ticket.category.nameZh : ticket.category.nameEn}</td>
              </tr>
              <tr>
                <th>{t('desk.source')}</th>
                <td>
                  {t(`desk.source.${ticket.source}`)}
                  {ticket.externalRef ? ` ${ticket.externalRef}` : ''}
                </td>
              </tr>
              <tr>
                <th>{t('desk.place')}</th>
                <td>{place}</td>
              </tr>
              <tr>
                <th>{t('desk.print.submitter')}</th>
                <td>{who}</td>
              </tr>
              <tr>
                <th>{t('desk.print.submittedAt')}</th>
                <td>{formatTime(ticket.createdAt)}</td>
              </tr>
            </tbody>
          </table>
        </div>
        <div style={{ textAlign: 'center' }}>
          <QRCode value={link} type="svg" size={128} bordered={false} data-testid="work-order-qr" />
          <div style={{ fontSize: 11 }}>{t('desk.print.qr')}</div>
        </div>
      </div>
      <h2>{t('desk.body')}</h2>
      <table>
        <tbody>
          <tr>
            <td style={{ whiteSpace: 'pre-wrap' }}>{ticket.body}</td>
          </tr>
        </tbody>
      </table>
      {ticket.photos.length > 0 && (
        <div className="wo-photos" style={{ marginTop: 8 }}>
          {ticket.photos.map((p) => (
            <AuthImage key={p.id} url={p.url} alt={p.originalName} size={140} />
          ))}
        </div>
      )}
      <h2>{t('ticket.timeline')}</h2>
      <table>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <th>{formatTime(e.createdAt)}</th>
              <td>
                <strong>{t(`ticket.event.${e.type}`)}</strong>
                {e.actorName ? ` · ${e.actorName}` : ''}
                {e.organisation ? ` · ${e.organisation.name}` : ''}
                {e.note ? <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('desk.print.signatures')}</h2>
      <table className="wo-sign">
        <tbody>
          {(['handler', 'reviewer', 'resident'] as const).map((k) => (
            <tr key={k}>
              <th>{t(`desk.print.${k}`)}</th>
              <td />
              <th style={{ width: '12%' }}>{t('desk.print.date')}</th>
              <td style={{ width: '22%' }} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
