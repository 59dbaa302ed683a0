import { Select } from 'antd';
import { useCompact } from '../../../app/list';
import { useI18n } from '../../../i18n';

/** The community picker of the board pages (shown when the viewer has more than one). */
export function CommunitySelect(props: {
  communities: { id: string; name: string }[];
  value: string | null;
  onChange(id: string): void;
}) {
  const { t } = useI18n();
  const compact = useCompact();
  if (props.communities.length < 2) return null;
  return (
    <Select
      aria-label={t('board.community')}
      value={props.value ?? undefined}
      onChange={props.onChange}
      options={props.communities.map((c) => ({ value: c.id, label: c.name }))}
      style={{ width: compact ? '100%' : 220 }}
    />
  );
}
