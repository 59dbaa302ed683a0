import { Tag } from 'antd';
import { useI18n } from '../../../i18n';

const COLOURS: Record<string, string> = { DRAFT: 'default', SCHEDULED: 'blue', PUBLISHED: 'green', WITHDRAWN: 'red' };

/** A publication's status as a coloured tag. */
export function StatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  return <Tag color={COLOURS[status]}>{t(`publication.status.${status}` as never)}</Tag>;
}
