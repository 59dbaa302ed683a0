import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Input,
  List,
  Modal,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useErrorText } from '../../../app/errors';
import { formatTime } from '../../../app/format';
import { useI18n } from '../../../i18n';
import {
  PinPublicationDocument,
  PublicationDetailDocument,
  PublicationDiffDocument,
  PublicationRevisionsDocument,
  PublishPublicationDocument,
  WithdrawPublicationDocument,
} from '../graphql/publication';
import { publicationEditUrl } from '../urls';
import { StatusTag } from './StatusTag';

/** One disclosure: its text, actions by `viewerCan`, its revision history and the word diff. */
export function PublicationDetailView() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(PublicationDetailDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const revisions = useQuery(PublicationRevisionsDocument, {
    variables: { id, first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  const [compare, setCompare] = useState<{ from: number; to: number } | null>(null);
  const diff = useQuery(PublicationDiffDocument, {
    variables: { id, from: compare?.from ?? 1, to: compare?.to ?? 1 },
    skip: !compare,
  });
  const refresh = () => Promise.all([refetch(), revisions.refetch()]);
  const opts = { refetchQueries: ['PublicationList'] };
  const [publish] = useMutation(PublishPublicationDocument, opts);
  const [withdraw] = useMutation(WithdrawPublicationDocument, opts);
  const [pin] = useMutation(PinPublicationDocument, opts);
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const [scheduling, setScheduling] = useState(false);
  const [at, setAt] = useState<Dayjs | null>(null);

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
      await refresh();
      return true;
    } catch (e) {
      message.error(errorText(e));
      return false;
    }
  };

  if (loading && !data) return <Spin />;
  if (error || !data) return <Alert type="error" title={errorText(error)} />;
  const p = data.publication;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={
          <Space wrap>
            {p.pinned && <Tag color="gold">{t('publication.pinned')}</Tag>}
            <span data-testid="publication-heading">{p.title}</span>
          </Space>
        }
        extra={<StatusTag status={p.status} />}
      >
        <Space wrap style={{ marginBottom: 12 }}>
          {p.viewerCan.edit && (
            <Button onClick={() => navigate(publicationEditUrl(p.id))} data-testid="publication-edit">
              {t('publication.edit')}
            </Button>
          )}
          {p.viewerCan.publish && (
            <>
              <Button
                type="primary"
                data-testid="publication-publish"
                onClick={() => run(() => publish({ variables: { input: { id: p.id } } }), t('publication.published'))}
              >
                {t('publication.publishNow')}
              </Button>
              <Button onClick={() => setScheduling(true)}>{t('publication.schedule')}</Button>
            </>
          )}
          {p.viewerCan.pin && (
            <Button
              onClick={() =>
                run(() => pin({ variables: { input: { id: p.id, pinned: !p.pinned } } }), t('publication.saved'))
              }
            >
              {p.pinned ? t('publication.unpin') : t('publication.pin')}
            </Button>
          )}
          {p.viewerCan.withdraw && (
            <Button danger onClick={() => setWithdrawing(true)} data-testid="publication-withdraw">
              {t('publication.withdraw')}
            </Button>
          )}
        </Space>
        {p.status === 'WITHDRAWN' && (
          <Alert
            type="warning"
            style={{ marginBottom: 12 }}
            title={t('publication.withdrawnNotice', {
              at: formatTime(p.withdrawnAt ?? ''),
              reason: p.withdrawalReason ?? '',
            })}
          />
        )}
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('publication.channel')}>
            {t(`publication.channel.${p.channel}`)}
            {p.kind ? ` · ${t(`publication.kind.${p.kind}`)}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('publication.place')}>{p.placeName}</Descriptions.Item>
          <Descriptions.Item label={t('publication.publisher')}>{p.publisherName}</Descriptions.Item>
          <Descriptions.Item label={t('publication.publishedAt')}>
            {p.publishedAt ? formatTime(p.publishedAt) : p.publishAt ? formatTime(p.publishAt) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('publication.views')}>{p.viewCount}</Descriptions.Item>
          <Descriptions.Item label={t('publication.revision')}>{p.revisionNumber}</Descriptions.Item>
        </Descriptions>
        {/* The body is sanitised on the server (sanitize-html): no script, handler or javascript: link. */}
        <div
          className="publication-body"
          data-testid="publication-body"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server (sanitize-html allow-list)
          dangerouslySetInnerHTML={{ __html: p.body }}
        />
        {p.attachments.length > 0 && (
          <List
            size="small"
            header={t('publication.attachments')}
            dataSource={p.attachments}
            renderItem={(f) => <List.Item>{f.originalName}</List.Item>}
          />
        )}
      </Card>
      <Card title={t('publication.history')} data-testid="publication-history">
        <List
          loading={revisions.loading}
          dataSource={revisions.data?.publicationRevisions.edges.map((e) => e.node) ?? []}
          locale={{ emptyText: t('publication.noRevisions') }}
          renderItem={(r) => (
            <List.Item
              actions={
                r.number > 1
                  ? [
                      <Button
                        key="diff"
                        size="small"
                        data-testid={`publication-diff-${r.number}`}
                        onClick={() => setCompare({ from: r.number - 1, to: r.number })}
                      >
                        {t('publication.compare')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={`#${r.number} ${r.title}`}
                description={`${formatTime(r.createdAt)}${r.changeNote ? ` · ${r.changeNote}` : ''}`}
              />
            </List.Item>
          )}
        />
        {compare && diff.data && (
          <Card size="small" type="inner" title={t('publication.diffTitle', compare)} data-testid="publication-diff">
            {(['title', 'body'] as const).map((part) => (
              <Typography.Paragraph key={part} style={{ whiteSpace: 'pre-wrap' }}>
                <DiffText pieces={diff.data?.publicationDiff[part] ?? []} />
              </Typography.Paragraph>
            ))}
          </Card>
        )}
      </Card>
      <Modal
        open={withdrawing}
        title={t('publication.withdraw')}
        okButtonProps={{ disabled: !reason.trim(), danger: true }}
        onCancel={() => setWithdrawing(false)}
        onOk={async () => {
          if (await run(() => withdraw({ variables: { input: { id: p.id, reason } } }), t('publication.saved')))
            setWithdrawing(false);
        }}
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          placeholder={t('publication.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
      <Modal
        open={scheduling}
        title={t('publication.schedule')}
        okButtonProps={{ disabled: !at }}
        onCancel={() => setScheduling(false)}
        onOk={async () => {
          const when = at?.toDate().toISOString();
          if (await run(() => publish({ variables: { input: { id: p.id, publishAt: when } } }), t('publication.saved')))
            setScheduling(false);
        }}
      >
        <DatePicker showTime value={at} onChange={setAt} style={{ width: '100%' }} />
      </Modal>
    </Space>
  );
}

/** A word diff: added words green, removed words struck through in red. */
function DiffText({ pieces }: { pieces: readonly { op: string; text: string }[] }) {
  let offset = 0;
  const keyed = pieces.map((s) => {
    const key = `${s.op}-${offset}`;
    offset += s.text.length;
    return { ...s, key };
  });
  return (
    <>
      {keyed.map((s) =>
        s.op === 'ADDED' ? (
          <ins key={s.key} style={{ background: '#d9f7be', textDecoration: 'none' }}>
            {s.text}
          </ins>
        ) : s.op === 'REMOVED' ? (
          <del key={s.key} style={{ background: '#ffccc7' }}>
            {s.text}
          </del>
        ) : (
          <span key={s.key}>{s.text}</span>
        ),
      )}
    </>
  );
}
