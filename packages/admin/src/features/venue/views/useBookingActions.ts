import { useMutation } from '@apollo/client/react';
import { App } from 'antd';
import { useErrorText } from '../../../app/errors';
import { useI18n } from '../../../i18n';
import {
  ApproveBookingDocument,
  CancelBookingDocument,
  CheckInBookingDocument,
  RejectBookingDocument,
} from '../graphql/venue';

/** The staff actions on a booking, each telling the result through antd's App message. */
export function useBookingActions() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const opts = { refetchQueries: ['BookingList', 'VenueUsage'] };
  const [approve, a] = useMutation(ApproveBookingDocument, opts);
  const [reject, r] = useMutation(RejectBookingDocument, opts);
  const [cancel, c] = useMutation(CancelBookingDocument, opts);
  const [checkIn, k] = useMutation(CheckInBookingDocument, opts);
  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
      return true;
    } catch (err) {
      message.error(errorText(err));
      return false;
    }
  };
  return {
    busy: a.loading || r.loading || c.loading || k.loading,
    approve: (id: string) => run(() => approve({ variables: { id } }), t('booking.approved')),
    reject: (id: string, reason: string) => run(() => reject({ variables: { id, reason } }), t('booking.rejected')),
    cancel: (id: string, reason: string) => run(() => cancel({ variables: { id, reason } }), t('booking.cancelled')),
    checkIn: (v: { id?: string; venueId?: string; code?: string }) =>
      run(() => checkIn({ variables: v }), t('booking.checkedIn')),
  };
}
