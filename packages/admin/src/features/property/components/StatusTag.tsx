import { Tag } from 'antd';
import { useI18n } from '../../../i18n';

const COLOUR = { OK: 'green', DUE_SOON: 'orange', OVERDUE: 'red' } as const;

/** A maintenance status in its colour: green OK, orange due soon, red overdue. */
export function StatusTag({ status }: { status: 'OK' | 'DUE_SOON' | 'OVERDUE' }) {
  const { t } = useI18n();
  return (
    <Tag color={COLOUR[status]} data-status={status}>
      {t(`property.status.${status}`)}
    </Tag>
  );
}
