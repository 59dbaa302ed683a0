import { Button, Space, Tag } from 'antd';
import { useState } from 'react';
import { ResponsiveTable } from '../../../app/list';
import type { BookingRowFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { useBookingActions } from '../views/useBookingActions';
import { BookingStatusTag } from './BookingStatusTag';
import { ReasonModal } from './ReasonModal';
import { range } from './time';

type Action = 'approve' | 'reject' | 'checkIn' | 'cancel';

/** Bookings with the buttons `viewerCan` allows (of `actions`); reject and cancel ask for a reason. */
export function BookingTable(props: {
  rows: readonly BookingRowFragment[];
  loading: boolean;
  actions: readonly Action[];
  empty?: string;
}) {
  const { t } = useI18n();
  const act = useBookingActions();
  const [asking, setAsking] = useState<{ id: string; action: 'reject' | 'cancel' } | null>(null);
  const buttons = (b: BookingRowFragment) => (
    <Space wrap size={4}>
      {props.actions
        .filter((a) => b.viewerCan[a])
        .map((a) => (
          <Button
            key={a}
            size="small"
            type={a === 'approve' || a === 'checkIn' ? 'primary' : 'default'}
            danger={a === 'reject' || a === 'cancel'}
            disabled={act.busy}
            data-testid={`booking-${a}-${b.id}`}
            onClick={() =>
              a === 'approve'
                ? act.approve(b.id)
                : a === 'checkIn'
                  ? act.checkIn({ id: b.id })
                  : setAsking({ id: b.id, action: a })
            }
          >
            {t(`booking.${a}`)}
          </Button>
        ))}
    </Space>
  );
  const who = (b: BookingRowFragment) => (
    <>
      {b.organisation?.name ?? b.requester?.displayName ?? ''} <Tag>{t(`booking.kind.${b.bookerKind}`)}</Tag>
    </>
  );
  return (
    <>
      <ResponsiveTable<BookingRowFragment>
        rows={props.rows}
        rowKey="id"
        loading={props.loading}
        empty={props.empty}
        columns={[
          { title: t('booking.time'), key: 'time', render: (_, b) => range(b.startsAt, b.endsAt) },
          { title: t('booking.venue'), key: 'venue', render: (_, b) => b.venue.name },
          { title: t('booking.requester'), key: 'who', render: (_, b) => who(b) },
          { title: t('booking.purpose'), dataIndex: 'purpose' },
          { title: t('booking.attendees'), dataIndex: 'attendees' },
          { title: t('booking.status'), key: 'status', render: (_, b) => <BookingStatusTag status={b.status} /> },
          { title: '', key: 'actions', render: (_, b) => buttons(b) },
        ]}
        renderCard={(b) => (
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Space wrap>
              <strong>{b.venue.name}</strong>
              <BookingStatusTag status={b.status} />
            </Space>
            <span>{range(b.startsAt, b.endsAt)}</span>
            <span>
              {who(b)} · {b.purpose} · {b.attendees}
            </span>
            {buttons(b)}
          </Space>
        )}
      />
      <ReasonModal
        open={asking !== null}
        busy={act.busy}
        title={asking ? t(`booking.${asking.action}`) : ''}
        onCancel={() => setAsking(null)}
        onOk={async (reason) => {
          if (!asking) return;
          const ok =
            asking.action === 'reject' ? await act.reject(asking.id, reason) : await act.cancel(asking.id, reason);
          if (ok) setAsking(null);
        }}
      />
    </>
  );
}
