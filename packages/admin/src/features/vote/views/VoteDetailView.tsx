import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, Descriptions, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useErrorText } from '../../../app/errors';
import { formatTime } from '../../../app/format';
import { ListFilters, ListPage, ResponsiveTable, useFilterStyle, useListParams } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { m2 } from '../components/format';
import { PaperBallotModal } from '../components/PaperBallotModal';
import { TallyCard, type TallyData } from '../components/TallyCard';
import { OpenVoteDocument, RemindVotersDocument, VoteDetailDocument, VoteRollDocument } from '../graphql/vote';
import { VOTE_ROLL_PARAMS, voteListUrl } from '../urls';

const PAGE = 50;
type RollFilter = 'ALL' | 'VOTED' | 'NOT_VOTED';

/** One vote: its matters, the live tally, the roll with who voted, paper-ballot entry and reminders. */
export function VoteDetailView() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const style = useFilterStyle();
  const list = useListParams(VOTE_ROLL_PARAMS);
  const filter = (
    ['ALL', 'VOTED', 'NOT_VOTED'].includes(list.values.roll ?? '') ? list.values.roll : 'ALL'
  ) as RollFilter;
  const detail = useQuery(VoteDetailDocument, { variables: { id } });
  const vote = detail.data?.vote;
  const roll = useQuery(VoteRollDocument, {
    variables: { voteId: id, filter, first: PAGE, after: list.values.after },
    skip: !vote?.viewerCan.readRoll || vote.status === 'DRAFT',
  });
  const [open, opening] = useMutation(OpenVoteDocument);
  const [remind, reminding] = useMutation(RemindVotersDocument);
  const [paperFor, setPaperFor] = useState<{ id: string; label: string } | null>(null);
  const refresh = () => Promise.all([detail.refetch(), roll.refetch()]);

  const act = async (run: () => Promise<unknown>) => {
    try {
      await run();
    } catch (err) {
      message.error(errorText(err));
    }
  };
  const conn = roll.data?.voteRoll;
  type Voter = NonNullable<typeof conn>['edges'][number]['node'];
  const voters: Voter[] = conn?.edges.map((e) => e.node) ?? [];
  const ownerOf = (v: Voter) => (v.developer ? t('vote.owner.developer') : (v.ownerName ?? '—'));
  const ballotOf = (v: Voter) =>
    v.ballot ? <Tag color="green">{t(`vote.voted.${v.ballot.channel}`)}</Tag> : <Tag>{t('vote.notVoted')}</Tag>;
  const paperButton = (v: Voter) =>
    vote?.viewerCan.enterPaperBallot ? (
      <Button
        size="small"
        onClick={() => setPaperFor({ id: v.id, label: `${ownerOf(v)} ${v.units[0] ?? ''}` })}
        data-testid={`paper-${v.id}`}
      >
        {t('vote.paper')}
      </Button>
    ) : null;
  /** A long list of units (the developer's) is shortened: the first two and how many. */
  const unitsOf = (v: Voter) =>
    v.units.length > 3
      ? `${v.units.slice(0, 2).join('、')} … ${t('vote.unitCount', { count: v.units.length })}`
      : v.units.join('、');
  const titles = Object.fromEntries((vote?.matters ?? []).map((m) => [m.id, m.title]));

  return (
    <ListPage
      title={vote?.title ?? t('nav.vote')}
      error={detail.error ?? roll.error}
      actions={
        <Space wrap>
          <Link to={voteListUrl({ estate: vote?.estate.id })}>{t('vote.back')}</Link>
          {vote?.viewerCan.open ? (
            <Button
              type="primary"
              loading={opening.loading}
              onClick={() =>
                act(async () => {
                  await open({ variables: { voteId: id } });
                  message.success(t('vote.opened'));
                  await refresh();
                })
              }
            >
              {t('vote.open')}
            </Button>
          ) : null}
          {vote?.viewerCan.remind ? (
            <Button
              loading={reminding.loading}
              onClick={() =>
                act(async () => {
                  const r = await remind({ variables: { voteId: id } });
                  message.success(t('vote.reminded', { count: r.data?.remindVoters.notified ?? 0 }));
                })
              }
              data-testid="vote-remind"
            >
              {t('vote.remind')}
            </Button>
          ) : null}
        </Space>
      }
      paging={
        vote?.viewerCan.readRoll
          ? { connection: conn, after: list.values.after, onPage: (after) => list.set({ after }) }
          : undefined
      }
      overlays={
        vote ? (
          <PaperBallotModal
            voteId={vote.id}
            voter={paperFor}
            matters={vote.matters}
            onClose={(saved) => {
              setPaperFor(null);
              if (saved) void refresh();
            }}
          />
        ) : null
      }
    >
      {vote ? (
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
          <Col xs={24} lg={12}>
            <Card size="small">
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('vote.estate')}>{vote.estate.name}</Descriptions.Item>
                <Descriptions.Item label={t('vote.status')}>
                  <Tag>{t(`vote.status.${vote.status}`)}</Tag>
                  {vote.publishedAt ? <Tag color="blue">{t('vote.published')}</Tag> : null}
                </Descriptions.Item>
                <Descriptions.Item label={t('vote.organiser')}>
                  {t(`vote.organiser.${vote.organiser}`)}
                </Descriptions.Item>
                <Descriptions.Item label={t('vote.period')}>
                  {formatTime(vote.opensAt)} – {formatTime(vote.closesAt)}
                </Descriptions.Item>
              </Descriptions>
              <Typography.Title level={5}>{t('vote.matters')}</Typography.Title>
              {vote.matters.map((m, i) => (
                <div key={m.id} style={{ marginBottom: 8 }}>
                  <Space wrap>
                    <strong>
                      {i + 1}. {m.title}
                    </strong>
                    <Tag>{t(`vote.kind.${m.kind}`)}</Tag>
                  </Space>
                  <Typography.Paragraph style={{ marginBottom: 0 }}>{m.text}</Typography.Paragraph>
                  {m.attachments.map((a) => (
                    <div key={a.id}>📎 {a.originalName}</div>
                  ))}
                </div>
              ))}
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <TallyCard tally={(vote.tally as TallyData | null) ?? null} matterTitles={titles} />
          </Col>
        </Row>
      ) : null}
      {vote?.status === 'DRAFT' ? <Alert type="info" showIcon message={t('vote.tally.none')} /> : null}
      {vote?.viewerCan.readRoll && vote.status !== 'DRAFT' ? (
        <>
          <Typography.Title level={5}>
            {t('vote.roll')}（{conn?.totalCount ?? 0}）
          </Typography.Title>
          <ListFilters>
            <Select
              aria-label={t('vote.roll')}
              value={filter}
              onChange={(v) => list.set({ roll: v === 'ALL' ? null : v })}
              options={(['ALL', 'VOTED', 'NOT_VOTED'] as const).map((v) => ({ value: v, label: t(`vote.roll.${v}`) }))}
              style={style(160)}
            />
          </ListFilters>
          <ResponsiveTable<Voter>
            rows={voters}
            rowKey="id"
            loading={roll.loading}
            rowProps={(v) => ({ 'data-testid': `voter-${v.developer ? 'developer' : v.id}` })}
            columns={[
              { title: t('vote.owner'), key: 'o', render: (_: unknown, v) => ownerOf(v) },
              { title: t('vote.units.col'), key: 'u', render: (_: unknown, v) => unitsOf(v) },
              { title: t('vote.area'), dataIndex: 'areaCentiM2', render: (a: number) => m2(a) },
              { title: t('vote.hasVoted'), key: 'b', render: (_: unknown, v) => ballotOf(v) },
              { title: '', key: 'a', render: (_: unknown, v) => paperButton(v) },
            ]}
            renderCard={(v) => (
              <Space direction="vertical" size={2}>
                <Space wrap>
                  <strong>{ownerOf(v)}</strong>
                  {ballotOf(v)}
                </Space>
                <span>
                  {unitsOf(v)} · {m2(v.areaCentiM2)} m²
                </span>
                {paperButton(v)}
              </Space>
            )}
          />
        </>
      ) : null}
    </ListPage>
  );
}
