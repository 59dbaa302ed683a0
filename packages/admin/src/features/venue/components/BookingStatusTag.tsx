import { Tag } from 'antd';
import type { VenueBookingStatus } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';

const COLOR: Record<VenueBookingStatus, string> = {
  PENDING: 'gold',
  APPROVED: 'green',
  REJECTED: 'red',
  CANCELLED: 'default',
  EXPIRED: 'default',
  CHECKED_IN: 'blue',
  NO_SHOW: 'volcano',
};

/** A booking's status as a coloured tag. */
export function BookingStatusTag(props: { status: VenueBookingStatus }) {
  const { t } = useI18n();
  return <Tag color={COLOR[props.status]}>{t(`booking.status.${props.status}`)}</Tag>;
}
