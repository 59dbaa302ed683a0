import { Card, Descriptions, Empty, Progress, Space, Tag, Typography } from 'antd';
import { useI18n } from '../../../i18n';
import { m2, pct } from './format';

interface Check {
  areaPermille: number;
  ownersPermille: number;
  areaMet: boolean;
  ownersMet: boolean;
  met: boolean;
  bound: string;
}
interface Count {
  areaCentiM2: number;
  owners: number;
}
export interface TallyData {
  frozen: boolean;
  participation: Check & Count & { baseAreaCentiM2: number; baseOwners: number };
  matters: {
    matterId: string;
    kind: 'ORDINARY' | 'MAJOR';
    passed: boolean;
    reason: string;
    for: Count;
    against: Count;
    abstain: Count;
    agreement: Check;
  }[];
}

function Share({ label, permille, met, bound }: { label: string; permille: number; met: boolean; bound: string }) {
  return (
    <div>
      <Space size={4} wrap>
        <Typography.Text>{label}</Typography.Text>
        <Typography.Text strong>{pct(permille)}</Typography.Text>
        <Tag color={met ? 'green' : 'default'}>{bound}</Tag>
      </Space>
      <Progress percent={permille / 10} showInfo={false} status={met ? 'success' : 'normal'} size="small" />
    </div>
  );
}

/** The tally as the server computed it (live or frozen): shares against their bounds and the reasons in words. */
export function TallyCard({ tally, matterTitles }: { tally: TallyData | null; matterTitles: Record<string, string> }) {
  const { t } = useI18n();
  if (!tally)
    return (
      <Card title={t('vote.tally')}>
        <Empty description={t('vote.tally.none')} />
      </Card>
    );
  const p = tally.participation;
  return (
    <Card
      title={t('vote.tally')}
      extra={
        <Tag color={tally.frozen ? 'blue' : 'processing'}>
          {tally.frozen ? t('vote.tally.frozen') : t('vote.tally.live')}
        </Tag>
      }
      data-testid="vote-tally"
    >
      <Typography.Title level={5}>{t('vote.participation')}</Typography.Title>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('vote.participation.area')}>
          {m2(p.areaCentiM2)} / {m2(p.baseAreaCentiM2)} m²
        </Descriptions.Item>
        <Descriptions.Item label={t('vote.participation.owners')}>
          {p.owners} / {p.baseOwners}
        </Descriptions.Item>
      </Descriptions>
      <Share label={t('vote.participation.area')} permille={p.areaPermille} met={p.areaMet} bound={p.bound} />
      <Share label={t('vote.participation.owners')} permille={p.ownersPermille} met={p.ownersMet} bound={p.bound} />
      {tally.matters.map((m, i) => (
        <div key={m.matterId} style={{ marginTop: 16 }} data-testid={`matter-tally-${i}`}>
          <Space wrap>
            <Typography.Text strong>
              {i + 1}. {matterTitles[m.matterId] ?? ''}
            </Typography.Text>
            <Tag>{t(`vote.kind.${m.kind}`)}</Tag>
            <Tag color={m.passed ? 'green' : 'red'} data-testid={`matter-outcome-${i}`}>
              {m.passed ? t('vote.passed') : t('vote.failed')}
            </Tag>
          </Space>
          <div>
            <Typography.Text type="secondary">
              {t('vote.choice.FOR')} {m.for.owners} · {t('vote.choice.AGAINST')} {m.against.owners} ·{' '}
              {t('vote.choice.ABSTAIN')} {m.abstain.owners}
            </Typography.Text>
          </div>
          <Share
            label={t('vote.agree.area')}
            permille={m.agreement.areaPermille}
            met={m.agreement.areaMet}
            bound={m.agreement.bound}
          />
          <Share
            label={t('vote.agree.owners')}
            permille={m.agreement.ownersPermille}
            met={m.agreement.ownersMet}
            bound={m.agreement.bound}
          />
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }} data-testid={`matter-reason-${i}`}>
            {m.reason}
          </Typography.Paragraph>
        </div>
      ))}
    </Card>
  );
}
