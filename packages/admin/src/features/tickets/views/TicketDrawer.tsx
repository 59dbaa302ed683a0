import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Divider,
  Drawer,
  Grid,
  Rate,
  Result,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useErrorText } from '../../../app/errors';
import { formatTime } from '../../../app/format';
import { getFragmentData } from '../../../gql/fragment-masking';
import type { OrganisationKind, TicketDetailQuery, TicketOrganisationsQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { TicketBoardPanel } from '../../board/components/TicketBoardPanel';
import { TicketMeetings } from '../../meeting/components/TicketMeetings';
import { DeskPanel } from '../../ticket-desk/components/DeskPanel';
import { SimilarTicketsPanel } from '../../triage/components/SimilarTicketsPanel';
import { ActionModal, type ActionValues } from '../components/ActionModal';
import { AuthImage } from '../components/AuthImage';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { MergedIntoLink } from '../components/MergedIntoLink';
import { MergeTargetRow } from '../components/MergeTargetRow';
import { StateTag } from '../components/StateTag';
import { type TicketAction, TicketActions } from '../components/TicketActions';
import { TicketTimeline } from '../components/TicketTimeline';
import { handlerOrganisations, mergeCandidates, OPEN_STATES } from '../components/ticketChoices';
import {
  HandlerOrganisationsDocument,
  MergeTargetFragment,
  MergeTargetsDocument,
  SimilarMergeTargetsDocument,
} from '../graphql/ticket-choices';
import { TicketDetailDocument, TicketFilterOptionsDocument, TicketOrganisationsDocument } from '../graphql/tickets';
import { workOrderUrl } from '../urls';
import { useEscapeToClose } from './useEscapeToClose';
import { useTicketAction } from './useTicketAction';

type Ticket = TicketDetailQuery['ticket'];
type Org = TicketOrganisationsQuery['organisations']['edges'][number]['node'];

const CLOSED: string[] = ['REJECTED', 'MERGED', 'WITHDRAWN', 'RESOLVED'];
const ROUTABLE: OrganisationKind[] = ['COMMUNITY_OFFICE', 'PROPERTY_COMPANY', 'OWNERS_COMMITTEE'];

/** The organisations of the category's default kind that fit the ticket's place. */
export function preselectOrganisations(ticket: Pick<Ticket, 'category' | 'estate'>, orgs: Org[]): string[] {
  const kind = ticket.category.defaultOrgKind;
  const estateId = ticket.estate?.id;
  const ofKind = orgs.filter((o) => o.kind === kind);
  const fitting = ofKind.filter((o) => {
    if (o.kind === 'PROPERTY_COMPANY') return !!estateId && o.servedEstates.some((e) => e.id === estateId);
    if (o.kind === 'OWNERS_COMMITTEE') return !!estateId && o.estate?.id === estateId;
    return true;
  });
  // Without an estate a property company or committee cannot be chosen for the staff member.
  return (fitting.length > 0 ? fitting : kind === 'COMMUNITY_OFFICE' ? ofKind : []).slice(0, 5).map((o) => o.id);
}

function Body({ ticket }: { ticket: Ticket }) {
  const { t, locale } = useI18n();
  const place = [ticket.community.name, ticket.estate?.name, ticket.building?.name, ticket.locationText]
    .filter(Boolean)
    .join(' · ');
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space size={6} wrap>
        <StateTag state={ticket.state} />
        <DeadlineBadge deadline={ticket.replyDeadline} />
      </Space>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', marginBottom: 0 }}>
        {ticket.body}
      </Typography.Paragraph>
      {ticket.photos.length > 0 && (
        <Space wrap size={8} data-testid="ticket-photos">
          {ticket.photos.map((p) => (
            <AuthImage key={p.id} url={p.url} alt={p.originalName} />
          ))}
        </Space>
      )}
      {/* Labels never break inside a word on a phone (提交人, not 提交/人). */}
      <Descriptions size="small" column={1} bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label={t('ticket.category')}>
          {locale === 'zh-CN' ? ticket.category.nameZh : ticket.category.nameEn}
        </Descriptions.Item>
        <Descriptions.Item label={t('ticket.place')}>{place}</Descriptions.Item>
        <Descriptions.Item label={t('ticket.submitter')}>
          {ticket.submitter
            ? `${ticket.submitter.displayName} ${ticket.submitter.phone}`
            : ticket.anonymous
              ? t('ticket.anonymousResident')
              : '—'}
          {ticket.anonymous && (
            <Tag style={{ marginInlineStart: 8 }} color="default">
              {t('ticket.anonymous')}
            </Tag>
          )}
        </Descriptions.Item>
        {/* A matter taken on behalf (代为登记): the person who called (phone masked for staff); the
            submitter above is the staff member who recorded it until that phone registers. */}
        {ticket.contactName && (
          <Descriptions.Item label={t('desk.print.submitter')}>
            <span data-testid="ticket-contact">
              {ticket.contactName} {ticket.contactPhone ?? ''}
            </span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('ticket.createdAt')}>{formatTime(ticket.createdAt)}</Descriptions.Item>
        {/* Once resolved the server still returns the resolve deadline; a countdown would mislead. */}
        {ticket.resolveDeadline && !ticket.resolvedAt && (
          <Descriptions.Item label={t('ticket.resolveDeadline')}>
            <DeadlineBadge deadline={ticket.resolveDeadline} />
          </Descriptions.Item>
        )}
        {ticket.mergedInto && (
          <Descriptions.Item label={t('ticket.mergedInto')}>
            <MergedIntoLink primary={ticket.mergedInto} />
          </Descriptions.Item>
        )}
        {ticket.rating != null && (
          <Descriptions.Item label={t('ticket.rating')}>
            <Space size={6} wrap data-testid="ticket-rating">
              <Rate disabled value={ticket.rating} style={{ fontSize: 14 }} />
              <Typography.Text>{t('ticket.ratingValue', { score: ticket.rating })}</Typography.Text>
              {ticket.ratingComment && <Typography.Text type="secondary">{ticket.ratingComment}</Typography.Text>}
            </Space>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('ticket.assignments')}
      </Typography.Title>
      {ticket.assignments.length === 0 ? (
        <Typography.Text type="secondary">{t('ticket.noAssignments')}</Typography.Text>
      ) : (
        <Space orientation="vertical" size={6} style={{ width: '100%' }} data-testid="ticket-assignments">
          {ticket.assignments.map((a) => (
            <Space key={a.id} size={6} wrap style={{ opacity: a.state === 'REMOVED' ? 0.5 : 1 }}>
              <Typography.Text strong>{a.organisation.name}</Typography.Text>
              <Tag style={{ marginInlineEnd: 0 }}>{t(`ticket.assignment.${a.state}`)}</Tag>
              {a.state === 'OPEN' ? (
                <DeadlineBadge deadline={a.deadline} />
              ) : (
                a.repliedAt && <Typography.Text type="secondary">{formatTime(a.repliedAt)}</Typography.Text>
              )}
            </Space>
          ))}
        </Space>
      )}
    </Space>
  );
}

/** 工单详情: the ticket in full, its timeline and the actions the server allows. URL: `?ticket=<id>`. */
export function TicketDrawer({ ticketId, onClose }: { ticketId: string | null; onClose(): void }) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const phone = Grid.useBreakpoint().md === false;
  const { data, error, refetch } = useQuery(TicketDetailDocument, {
    variables: { id: ticketId ?? '' },
    skip: !ticketId,
    fetchPolicy: 'cache-and-network',
  });
  const ticket = data?.ticket && data.ticket.id === ticketId ? data.ticket : undefined;
  const [action, setAction] = useState<TicketAction | null>(null);
  const [fieldError, setFieldError] = useState<{ field: string; text: string } | null>(null);
  const [mergeSearch, setMergeSearch] = useState('');
  const { run, busy } = useTicketAction(ticket, () => refetch());
  const { modal } = App.useApp();
  useEscapeToClose(!!ticketId, !!action, onClose);

  const needsOrgs = action === 'accept' || action === 'reassign';
  const orgs = useQuery(HandlerOrganisationsDocument, {
    variables: { communityId: ticket?.community.id ?? null },
    skip: !ticket || !needsOrgs,
  });
  const departments = useQuery(TicketOrganisationsDocument, {
    variables: { communityId: null, kind: 'DEPARTMENT' },
    skip: action !== 'escalate',
  });
  const categories = useQuery(TicketFilterOptionsDocument, {
    variables: {
      communityId: ticket?.community.id ?? null,
      withCategories: true,
      categoryCommunityId: ticket?.community.id ?? '',
    },
    skip: !ticket || action !== 'accept',
  });
  const candidates = useQuery(MergeTargetsDocument, {
    variables: { communityId: ticket?.community.id ?? null, search: mergeSearch || null, states: [...OPEN_STATES] },
    skip: !ticket || action !== 'merge',
  });
  const similar = useQuery(SimilarMergeTargetsDocument, {
    variables: { ticketId: ticket?.id ?? '' },
    skip: !ticket || action !== 'merge' || !!mergeSearch,
  });
  // Only open tickets of the same community, similar ones first (issue 17: no more look-alike merges).
  const targets = useMemo(
    () =>
      ticket
        ? mergeCandidates(
            ticket,
            getFragmentData(
              MergeTargetFragment,
              (candidates.data?.tickets.edges ?? []).map((e) => e.node),
            ),
            mergeSearch
              ? []
              : getFragmentData(
                  MergeTargetFragment,
                  (similar.data?.similarTickets.edges ?? []).map((e) => e.node.ticket),
                ),
          )
        : [],
    [ticket, candidates.data, similar.data, mergeSearch],
  );

  // Only organisations that can handle the ticket's place (the server refuses the others).
  const routable = useMemo(
    () =>
      ticket
        ? handlerOrganisations(
            ticket,
            (orgs.data?.organisations.edges ?? []).map((e) => e.node),
          ).filter((o) => ROUTABLE.includes(o.kind))
        : [],
    [orgs.data, ticket],
  );
  const options = {
    organisations: routable.map((o) => ({ value: o.id, label: `${o.name}（${t(`orgs.kind.${o.kind}`)}）` })),
    departments: (departments.data?.organisations.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name })),
    categories: (categories.data?.ticketCategories ?? []).map((c) => ({
      value: c.id,
      label: locale === 'zh-CN' ? c.nameZh : c.nameEn,
    })),
    mergeCandidates: targets.map((n) => ({
      value: n.id,
      label: `${n.title} · ${t(`ticket.state.${n.state}`)} · ${formatTime(n.createdAt)}`,
    })),
    replyOrganisations: (ticket?.assignments ?? [])
      .filter((a) => a.state === 'OPEN')
      .map((a) => ({ value: a.organisation.id, label: a.organisation.name })),
  };

  const initialValues = useMemo<ActionValues | undefined>(() => {
    if (!ticket) return undefined;
    if (action === 'accept')
      return {
        // A routing rule's handlers first (the desk), else the category's default kind.
        organisationIds: ticket.suggestedHandlers.length
          ? ticket.suggestedHandlers.map((o) => o.id)
          : preselectOrganisations(ticket, routable),
        categoryId: ticket.category.id,
      };
    if (action === 'reassign')
      return { organisationIds: ticket.assignments.filter((a) => a.state !== 'REMOVED').map((a) => a.organisation.id) };
    return undefined;
  }, [ticket, action, routable]);

  const submit = async (values: ActionValues) => {
    if (!action) return;
    setFieldError(null);
    if (action === 'merge' && ticket) {
      // Merging cannot be undone by staff: name both tickets before it happens.
      const primary = targets.find((c) => c.id === values.primaryTicketId);
      const ok = await modal.confirm({
        title: t('ticket.merge.confirmTitle'),
        content: t('ticket.merge.confirm', { from: ticket.title, to: primary?.title ?? '' }),
        okText: t('ticket.action.merge'),
        cancelText: t('common.cancel'),
      });
      if (!ok) return;
    }
    const result = await run(action, values);
    if (!result) setAction(null);
    else if (result.field) setFieldError(result);
  };

  return (
    <Drawer
      open={!!ticketId}
      onClose={onClose}
      size={phone ? '100%' : 640}
      title={ticket?.title ?? t('ticket.detail')}
      destroyOnHidden
      data-testid="ticket-drawer"
      extra={
        ticket ? (
          <Link to={workOrderUrl(ticket.id)} data-testid="print-work-order">
            <Button icon={<PrinterOutlined />} aria-label={t('desk.print')}>
              {phone ? null : t('desk.print')}
            </Button>
          </Link>
        ) : null
      }
      footer={
        ticket ? (
          <TicketActions
            can={ticket.viewerCan}
            busy={busy}
            onAction={(a) => {
              setFieldError(null);
              setAction(a);
            }}
          />
        ) : null
      }
    >
      {error && !ticket && <Result status="warning" title={errorText(error)} />}
      {!error && !ticket && <Skeleton active />}
      {ticket && (
        <>
          {ticket.replyDeadline && !ticket.replyDeadline.calendarCovered && (
            <Alert type="warning" showIcon title={t('ticket.deadline.noCalendar')} style={{ marginBottom: 12 }} />
          )}
          <Body ticket={ticket} />
          <DeskPanel ticketId={ticket.id} />
          <TicketMeetings ticketId={ticket.id} communityId={ticket.community.id} />
          {ticket.viewerCan.note && <TicketBoardPanel ticketId={ticket.id} onChanged={() => refetch()} />}
          {!CLOSED.includes(ticket.state) && <SimilarTicketsPanel ticketId={ticket.id} onMerged={() => refetch()} />}
          <Divider titlePlacement="start" style={{ margin: '16px 0 12px' }}>
            {t('ticket.timeline')}
          </Divider>
          <TicketTimeline
            events={ticket.timeline.edges.map((e) => e.node)}
            more={ticket.timeline.totalCount - ticket.timeline.edges.length}
          />
        </>
      )}
      <ActionModal
        action={action}
        ticketId={ticket?.id}
        options={options}
        initialValues={initialValues}
        loading={busy}
        serverError={fieldError}
        onMergeSearch={setMergeSearch}
        renderMergeOption={(id) => {
          const c = targets.find((x) => x.id === id);
          return c ? <MergeTargetRow c={c} /> : null;
        }}
        hints={{
          merge: !candidates.loading && targets.length === 0 ? t('ticket.merge.none') : t('ticket.merge.hint'),
          organisations:
            action === 'accept' && orgs.data && routable.length === 0 ? t('ticket.accept.noHandlers') : undefined,
          departments:
            departments.data && departments.data.organisations.edges.length === 0
              ? t('ticket.escalate.noDepartments')
              : undefined,
        }}
        onCancel={() => setAction(null)}
        onSubmit={submit}
      />
    </Drawer>
  );
}
