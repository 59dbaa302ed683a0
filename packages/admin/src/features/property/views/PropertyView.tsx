import { useQuery } from '@apollo/client/react';
import { Card, Empty, Select, Tabs } from 'antd';
import { useEffect } from 'react';
import { useFilterStyle, useListParams } from '../../../app/list';
import { useI18n } from '../../../i18n';
import { PropertyEstatesDocument } from '../graphql/property';
import { PROPERTY_PARAMS, TABS } from '../urls';
import { ContractsTab } from './ContractsTab';
import { EquipmentTab } from './EquipmentTab';
import { ImportTab } from './ImportTab';
import { LedgerTab } from './LedgerTab';

/** 物业公开: one estate's equipment register, public-revenue ledger, contracts and the import. */
export function PropertyView() {
  const { t } = useI18n();
  const style = useFilterStyle();
  const list = useListParams(PROPERTY_PARAMS);
  const f = list.values;
  const estates = useQuery(PropertyEstatesDocument);
  const options = estates.data?.estates.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  // One estate (a company serving one estate): chosen at once.
  useEffect(() => {
    if (!f.estate && options.length === 1) list.set({ estate: options[0]?.value ?? null });
  }, [f.estate, options, list]);
  const estateId = f.estate;
  const names = new Map(options.map((o) => [o.value, o.label]));
  // No estate but a community (the dashboard's overdue tile): that community's whole register.
  const body = !estateId ? (
    f.community && (f.tab ?? 'equipment') === 'equipment' ? (
      <EquipmentTab communityId={f.community} estateNames={names} />
    ) : (
      <Empty description={t('property.pickEstate')} />
    )
  ) : f.tab === 'ledger' ? (
    <LedgerTab estateId={estateId} />
  ) : f.tab === 'contracts' ? (
    <ContractsTab estateId={estateId} />
  ) : f.tab === 'import' ? (
    <ImportTab estateId={estateId} />
  ) : (
    <EquipmentTab estateId={estateId} />
  );
  return (
    <Card
      title={t('nav.property')}
      extra={
        <Select
          placeholder={t(f.community ? 'property.wholeCommunity' : 'property.pickEstate')}
          aria-label={t('property.estate')}
          data-testid="estate-select"
          value={estateId ?? undefined}
          onChange={(v) => list.set({ estate: v ?? null, community: null, after: null, equipment: null })}
          options={options}
          style={style(180)}
        />
      }
      styles={{ body: { padding: 12 } }}
    >
      <Tabs
        activeKey={f.tab ?? 'equipment'}
        onChange={(k) => list.set({ tab: k as (typeof TABS)[number], after: null, status: null })}
        items={TABS.map((k) => ({ key: k, label: t(`property.tab.${k}`) }))}
      />
      {body}
    </Card>
  );
}
