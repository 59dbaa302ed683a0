import { Checkbox, Select } from 'antd';
import { useFilterStyle } from '../../../app/list';
import type { TicketPriority } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { PRIORITIES } from './PriorityTag';

interface Props {
  priorities: TicketPriority[];
  unacked: boolean;
  supervised: boolean;
  onChange(patch: { priorities?: TicketPriority[]; unacked?: boolean; supervised?: boolean }): void;
}

/** The desk's workbench filters (priority, not acknowledged, supervised); the workbench keeps them in the URL. */
export function DeskFilters({ priorities, unacked, supervised, onChange }: Props) {
  const { t } = useI18n();
  const style = useFilterStyle();
  return (
    <>
      <Select<TicketPriority[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('desk.filter.priority')}
        aria-label={t('desk.filter.priority')}
        value={priorities}
        onChange={(v) => onChange({ priorities: v })}
        options={PRIORITIES.map((p) => ({ value: p, label: t(`desk.priority.${p}`) }))}
        style={style(170, true)}
        data-testid="filter-priority"
      />
      <Checkbox checked={unacked} onChange={(e) => onChange({ unacked: e.target.checked })}>
        {t('desk.filter.unacked')}
      </Checkbox>
      <Checkbox checked={supervised} onChange={(e) => onChange({ supervised: e.target.checked })}>
        {t('desk.filter.supervised')}
      </Checkbox>
    </>
  );
}
