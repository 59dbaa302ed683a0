import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Card, Chip, ErrorLine, Page, Tag } from '../../components/Page';
import { errorText, formatTime, type MessageKey, useT } from '../../lib/i18n';
import { EquipmentRegister, MaintenanceRecords, MyHome } from '../../lib/ops';
import { useQuery } from '../../lib/useQuery';

const STATUS_TONE = { OK: 'ok', DUE_SOON: 'warn', OVERDUE: 'bad' } as const;

/** The maintenance records of one piece of equipment, newest first. */
function Records({ equipmentId }: { equipmentId: string }) {
  const { t } = useT();
  const q = useQuery(MaintenanceRecords, { equipmentId, first: 5 }, `maintenance.${equipmentId}`);
  const rows = q.data?.data.maintenanceRecords.edges.map((e) => e.node) ?? [];
  return (
    <View>
      {!q.data && q.error ? <ErrorLine text={errorText(t, q.error)} /> : null}
      {q.data && rows.length === 0 && <View className="rt-muted">{t('noRecords')}</View>}
      {rows.map((r) => (
        <View key={r.id} className="rt-event" data-testid="maintenance-record">
          <View className="rt-muted">
            {r.performedOn} · {t(`result_${r.result}` as MessageKey)}
          </View>
          <View>{r.contractor}</View>
          {r.defects && <View className="rt-muted">{r.defects}</View>}
          {r.fix && <View className="rt-muted">{r.fix}</View>}
        </View>
      ))}
    </View>
  );
}

/**
 * What the estate discloses to its residents: the equipment register of my verified home's estate
 * (elevators first, my building's and the estate-wide ones) with each item's maintenance status, and
 * the records behind it.
 */
export default function Disclosure() {
  const { t, locale } = useT();
  const home = useQuery(MyHome, {}, 'home');
  const bindings = (home.data?.data.myHouseholdBindings ?? []).filter((b) => b.status === 'APPROVED');
  const [bindingId, setBindingId] = useState<string | null>(null);
  const binding = bindings.find((b) => b.id === bindingId) ?? bindings[0];
  const estateId = binding?.estate.id ?? '';
  const q = useQuery(EquipmentRegister, { estateId, first: 50 }, `equipment.${estateId}`, !estateId);
  const [open, setOpen] = useState<string | null>(null);
  const mine = (q.data?.data.equipmentRegister.edges.map((e) => e.node) ?? [])
    .filter((e) => !e.buildingId || e.buildingId === binding?.household.building.id)
    .sort((a, b) => Number(b.kind === 'ELEVATOR') - Number(a.kind === 'ELEVATOR'));
  return (
    <Page title={t('disclosure')}>
      {bindings.length === 0 && home.data && <View className="rt-muted">{t('noBinding')}</View>}
      {bindings.length > 1 && (
        <View className="rt-chips" style={{ marginBottom: '12px' }}>
          {bindings.map((b) => (
            <Chip key={b.id} on={b.id === binding?.id} onClick={() => setBindingId(b.id)}>
              {b.estate.name}
            </Chip>
          ))}
        </View>
      )}
      {q.stale && q.data && (
        <View className="rt-notice">{t('offlineShowing', { time: formatTime(q.data.at, locale) })}</View>
      )}
      {!q.stale && q.error ? <ErrorLine text={errorText(t, q.error)} /> : null}
      {binding && (
        <Card title={`${binding.estate.name} · ${t('equipment')}`}>
          {mine.map((e) => (
            <View key={e.id} className="rt-list-item" data-testid="equipment">
              <View onClick={() => setOpen(open === e.id ? null : e.id)}>
                <Tag tone={STATUS_TONE[e.maintenanceStatus]}>
                  {t(`maintenance_${e.maintenanceStatus}` as MessageKey)}
                </Tag>
                <Text>{e.name}</Text>
                <View className="rt-muted">
                  {t(`kind_${e.kind === 'ELEVATOR' ? 'ELEVATOR' : 'OTHER'}` as MessageKey)} · {e.registrationNo}
                  {e.nextDueOn ? ` · ${t('nextDue', { date: e.nextDueOn })}` : ''}
                </View>
              </View>
              {open === e.id && <Records equipmentId={e.id} />}
            </View>
          ))}
        </Card>
      )}
    </Page>
  );
}
