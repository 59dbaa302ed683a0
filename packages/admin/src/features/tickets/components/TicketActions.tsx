import { Button, Space } from 'antd';
import { useI18n } from '../../../i18n';

/** The staff actions on a ticket, in the order they usually come. */
export const TICKET_ACTIONS = [
  'accept',
  'reject',
  'merge',
  'reply',
  'resolve',
  'reassign',
  'escalate',
  'answerEscalation',
  'referToMeeting',
  'note',
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

/** The staff part of the API's `TicketViewerCan`. */
export type ActionPermissions = Record<TicketAction, boolean>;

const PRIMARY: ReadonlySet<TicketAction> = new Set(['accept', 'reply', 'resolve', 'answerEscalation']);
const DANGER: ReadonlySet<TicketAction> = new Set(['reject']);

/** One button per action the server's `viewerCan` allows; nothing else is shown. Props only. */
export function TicketActions(props: { can: ActionPermissions; busy?: boolean; onAction(action: TicketAction): void }) {
  const { t } = useI18n();
  const allowed = TICKET_ACTIONS.filter((a) => props.can[a]);
  if (allowed.length === 0) return null;
  return (
    <Space wrap size={8} data-testid="ticket-actions">
      {allowed.map((a) => (
        <Button
          key={a}
          type={PRIMARY.has(a) ? 'primary' : 'default'}
          danger={DANGER.has(a)}
          disabled={props.busy}
          onClick={() => props.onAction(a)}
        >
          {t(`ticket.action.${a}`)}
        </Button>
      ))}
    </Space>
  );
}
