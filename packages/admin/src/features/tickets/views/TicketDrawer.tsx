import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
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
import type { OrganisationKind, TicketDetailQuery, TicketOrganisationsQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { TicketMeetings } from '../../meeting/components/TicketMeetings';
import { SimilarTicketsPanel } from '../../triage/components/SimilarTicketsPanel';
import { ActionModal, type ActionValues } from '../components/ActionModal';
import { AuthImage } from '../components/AuthImage';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { StateTag } from '../components/StateTag';
import { type TicketAction, TicketActions } from '../components/TicketActions';
import { TicketTimeline } from '../components/TicketTimeline';
import {
  MergeCandidatesDocument,
  TicketDetailDocument,
  TicketFilterOptionsDocument,
  TicketOrganisationsDocument,
} from '../graphql/tickets';
import { workOrderUrl } from '../urls';
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
      <Descriptions size="small" column={1} bordered>
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
        <Descriptions.Item label={t('ticket.createdAt')}>{formatTime(ticket.createdAt)}</Descriptions.Item>
        {/* Once resolved the server still returns the resolve deadline; a countdown would mislead. */}
        {ticket.resolveDeadline && !ticket.resolvedAt && (
          <Descriptions.Item label={t('ticket.resolveDeadline')}>
            <DeadlineBadge deadline={ticket.resolveDeadline} />
          </Descriptions.Item>
        )}
        {ticket.mergedInto && (
          <Descriptions.Item label={t('ticket.mergedInto')}>{ticket.mergedInto.title}</Descriptions.Item>
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

  const needsOrgs = action === 'accept' || action === 'reassign';
  const orgs = useQuery(TicketOrganisationsDocument, {
    variables: { communityId: ticket?.community.id ?? null, kind: null },
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
  const candidates = useQuery(MergeCandidatesDocument, {
    variables: { communityId: ticket?.community.id ?? null, search: mergeSearch || null },
    skip: !ticket || action !== 'merge',
  });

  const routable = useMemo(
    () => (orgs.data?.organisations.edges ?? []).map((e) => e.node).filter((o) => ROUTABLE.includes(o.kind)),
    [orgs.data],
  );
  const options = {
    organisations: routable.map((o) => ({ value: o.id, label: `${o.name}（${t(`orgs.kind.${o.kind}`)}）` })),
    departments: (departments.data?.organisations.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name })),
    categories: (categories.data?.ticketCategories ?? []).map((c) => ({
      value: c.id,
      label: locale === 'zh-CN' ? c.nameZh : c.nameEn,
    })),
    mergeCandidates: (candidates.data?.tickets.edges ?? [])
      .map((e) => e.node)
      .filter((n) => n.id !== ticket?.id && n.state !== 'MERGED')
      .map((n) => ({
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
      return { organisationIds: preselectOrganisations(ticket, routable), categoryId: ticket.category.id };
    if (action === 'reassign')
      return { organisationIds: ticket.assignments.filter((a) => a.state !== 'REMOVED').map((a) => a.organisation.id) };
    return undefined;
  }, [ticket, action, routable]);

  const submit = async (values: ActionValues) => {
    if (!action) return;
    setFieldError(null);
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
          <TicketMeetings ticketId={ticket.id} communityId={ticket.community.id} />
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
        options={options}
        initialValues={initialValues}
        loading={busy}
        serverError={fieldError}
        onMergeSearch={setMergeSearch}
        onCancel={() => setAction(null)}
        onSubmit={submit}
      />
    </Drawer>
  );
}
