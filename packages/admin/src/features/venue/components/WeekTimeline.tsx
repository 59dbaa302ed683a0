import { Empty, Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { BookingRowFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { BookingStatusTag } from './BookingStatusTag';
import { hm } from './time';

/**
 * A week of bookings per venue: one row per venue, one column per day, each booking a block with
 * its time, purpose and status. Scrolls sideways on a phone.
 */
export function WeekTimeline(props: {
  monday: string;
  venues: { id: string; name: string }[];
  bookings: readonly BookingRowFragment[];
}) {
  const { t } = useI18n();
  const days = Array.from({ length: 7 }, (_, i) => dayjs(props.monday).add(i, 'day'));
  if (props.bookings.length === 0) return <Empty description={t('timeline.empty')} />;
  const venues = props.venues.filter((v) => props.bookings.some((b) => b.venueId === v.id));
  return (
    <div style={{ overflowX: 'auto' }} data-testid="venue-timeline">
      <table style={{ borderCollapse: 'collapse', minWidth: 840, width: '100%', tableLayout: 'fixed' }}>
        <thead>
          <tr>
            <th style={{ width: 110 }} />
            {days.map((d, i) => (
              <th key={d.format('YYYY-MM-DD')} style={{ textAlign: 'left', padding: 4, fontWeight: 500 }}>
                {t(`venue.weekday.${(i + 1) as 1}`)} {d.format('MM-DD')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {venues.map((v) => (
            <tr key={v.id} style={{ borderTop: '1px solid rgba(5,5,5,0.06)' }}>
              <th style={{ textAlign: 'left', padding: 4, verticalAlign: 'top' }}>{v.name}</th>
              {days.map((d) => {
                const mine = props.bookings
                  .filter((b) => b.venueId === v.id && dayjs(b.startsAt).isSame(d, 'day'))
                  .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
                return (
                  <td key={d.format('YYYY-MM-DD')} style={{ verticalAlign: 'top', padding: 4 }}>
                    {mine.map((b) => (
                      <Tooltip key={b.id} title={`${b.requester?.displayName ?? ''} · ${b.attendees}`}>
                        <div
                          style={{
                            border: '1px solid rgba(5,5,5,0.1)',
                            borderRadius: 6,
                            padding: '2px 6px',
                            marginBottom: 4,
                            fontSize: 12,
                            background: b.status === 'PENDING' ? '#fffbe6' : '#f6ffed',
                          }}
                        >
                          <div>
                            {hm(b.startsAt)}–{hm(b.endsAt)}
                          </div>
                          <div style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                            {b.purpose}
                          </div>
                          <BookingStatusTag status={b.status} />
                        </div>
                      </Tooltip>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
