import { Tag } from 'antd';
import type { TicketSource } from '../../gql/graphql';
import { useI18n } from '../../i18n';

const COLOR: Partial<Record<TicketSource, string>> = {
  PHONE: 'blue',
  COUNTER: 'cyan',
  GRID_PATROL: 'green',
  HOTLINE_12345: 'volcano',
  LETTER: 'purple',
  IMPORT: 'default',
};

/** How a ticket came in; nothing for a resident's own submission (the common case). Props only. */
export function SourceTag({ source }: { source: TicketSource }) {
  const { t } = useI18n();
  if (source === 'APP') return null;
  return (
    <Tag color={COLOR[source]} style={{ marginInlineEnd: 0 }} data-testid="source-tag">
      {t(`desk.source.${source}`)}
    </Tag>
  );
}
