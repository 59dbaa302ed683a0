import { useMutation } from '@apollo/client/react';
import { App } from 'antd';
import { useState } from 'react';
import { apiError, useErrorText } from '../../../app/errors';
import type { TicketDetailQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import type { ActionValues } from '../components/ActionModal';
import type { TicketAction } from '../components/TicketActions';
import {
  AcceptTicketDocument,
  AddTicketNoteDocument,
  AnswerTicketEscalationDocument,
  EscalateTicketDocument,
  MergeTicketDocument,
  ReassignTicketDocument,
  ReferTicketToMeetingDocument,
  RejectTicketDocument,
  ReplyToTicketDocument,
  ResolveTicketDocument,
} from '../graphql/tickets';

type Ticket = TicketDetailQuery['ticket'];
const blank = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/**
 * Runs one action on a ticket with `expectedVersion`, so two staff members never overwrite each
 * other: on CONFLICT or INVALID_TRANSITION the ticket is refetched and the staff member told.
 * Returns a field error for the open form, or null when the form may close.
 */
export function useTicketAction(ticket: Ticket | undefined, refresh: () => Promise<unknown>) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const opts = { refetchQueries: ['TicketList', 'UnreadNotificationCount'] };
  const [accept] = useMutation(AcceptTicketDocument, opts);
  const [reject] = useMutation(RejectTicketDocument, opts);
  const [merge] = useMutation(MergeTicketDocument, opts);
  const [reassign] = useMutation(ReassignTicketDocument, opts);
  const [reply] = useMutation(ReplyToTicketDocument, opts);
  const [note] = useMutation(AddTicketNoteDocument, opts);
  const [resolve] = useMutation(ResolveTicketDocument, opts);
  const [escalate] = useMutation(EscalateTicketDocument, opts);
  const [answer] = useMutation(AnswerTicketEscalationDocument, opts);
  const [refer] = useMutation(ReferTicketToMeetingDocument, opts);

  const send = (action: TicketAction, v: ActionValues) => {
    if (!ticket) throw new Error('no ticket');
    const base = { ticketId: ticket.id, expectedVersion: ticket.version };
    switch (action) {
      case 'accept':
        return accept({
          variables: {
            input: {
              ...base,
              organisationIds: v.organisationIds ?? [],
              categoryId: v.categoryId && v.categoryId !== ticket.category.id ? v.categoryId : null,
              note: blank(v.note),
            },
          },
        });
      case 'reassign':
        return reassign({
          variables: { input: { ...base, organisationIds: v.organisationIds ?? [], note: blank(v.note) } },
        });
      case 'reject':
        return reject({ variables: { input: { ...base, reason: v.reason?.trim() ?? '' } } });
      case 'merge':
        return merge({
          variables: { input: { ...base, primaryTicketId: v.primaryTicketId ?? '', note: blank(v.note) } },
        });
      case 'reply':
        return reply({
          variables: { input: { ...base, body: v.body?.trim() ?? '', organisationId: v.organisationId ?? null } },
        });
      case 'note':
        return note({ variables: { input: { ...base, body: v.body?.trim() ?? '' } } });
      case 'resolve':
        return resolve({ variables: { input: { ...base, resolution: v.resolution?.trim() ?? '' } } });
      case 'escalate':
        return escalate({
          variables: { input: { ...base, departmentId: v.departmentId ?? '', reason: v.reason?.trim() ?? '' } },
        });
      case 'answerEscalation':
        return answer({ variables: { input: { ...base, answer: v.answer?.trim() ?? '' } } });
      case 'referToMeeting':
        return refer({ variables: { input: { ...base, note: blank(v.note) } } });
    }
  };

  const run = async (action: TicketAction, values: ActionValues): Promise<{ field: string; text: string } | null> => {
    setBusy(true);
    try {
      await send(action, values);
      // The toast names what was done (已受理并分派, 已答复 …), not a generic 已提交处理.
      message.success(t(`ticket.done.${action}`));
      await refresh();
      return null;
    } catch (err) {
      const e = apiError(err);
      if (e?.code === 'CONFLICT' || e?.code === 'INVALID_TRANSITION') {
        message.warning(e.code === 'CONFLICT' ? t('ticket.conflict') : t('ticket.invalidTransition'));
        await refresh();
        return null;
      }
      if (e?.field && e.code === 'BAD_USER_INPUT') return { field: e.field, text: errorText(err) };
      message.error(errorText(err));
      return { field: '', text: '' };
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}
