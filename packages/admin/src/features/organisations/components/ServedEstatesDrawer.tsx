import { Button, Checkbox, Drawer, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../i18n';

/** Picks the complete set of estates a property company serves. Props only. */
export function ServedEstatesDrawer(props: {
  open: boolean;
  name: string;
  estates: { value: string; label: string }[];
  selected: string[];
  loading: boolean;
  onClose(): void;
  onSave(ids: string[]): void;
}) {
  const { t } = useI18n();
  const [ids, setIds] = useState<string[]>(props.selected);
  const { open, selected } = props;
  useEffect(() => {
    if (open) setIds(selected);
  }, [open, selected]);
  return (
    <Drawer
      open={open}
      onClose={props.onClose}
      title={t('orgs.servedTitle', { name: props.name })}
      size={360}
      extra={
        <Button type="primary" loading={props.loading} onClick={() => props.onSave(ids)}>
          {t('common.save')}
        </Button>
      }
    >
      <Checkbox.Group value={ids} onChange={(v) => setIds(v as string[])}>
        <Space orientation="vertical">
          {props.estates.map((e) => (
            <Checkbox key={e.value} value={e.value}>
              {e.label}
            </Checkbox>
          ))}
        </Space>
      </Checkbox.Group>
    </Drawer>
  );
}
