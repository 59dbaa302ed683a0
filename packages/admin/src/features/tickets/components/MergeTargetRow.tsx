import { Space, Tag, Typography } from 'antd';
import { formatTime } from '../../../app/format';
import { useI18n } from '../../../i18n';
import { StateTag } from './StateTag';
import type { MergeCandidate } from './ticketChoices';

/** One merge target in the picker: title, then state, category, estate and date, so look-alikes differ. */
export function MergeTargetRow({ c }: { c: MergeCandidate }) {
  const { t, locale } = useI18n();
  const category = c.category ? (locale === 'zh-CN' ? c.category.nameZh : c.category.nameEn) : null;
  return (
    <div style={{ whiteSpace: 'normal', padding: '2px 0' }} data-testid="merge-target-row">
      <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
        {c.title}
      </Typography.Text>
      {c.similar && (
        <Tag color="purple" style={{ marginInlineStart: 6 }}>
          {t('ticket.merge.similar')}
        </Tag>
      )}
      <div>
        <Space size={4} wrap style={{ fontSize: 12 }}>
          <StateTag state={c.state} />
          {category && <Typography.Text type="secondary">{category}</Typography.Text>}
          {c.estate && <Typography.Text type="secondary">· {c.estate.name}</Typography.Text>}
          <Typography.Text type="secondary">· {formatTime(c.createdAt)}</Typography.Text>
        </Space>
      </div>
    </div>
  );
}
