import { Button, Input, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { Card, Chip, ErrorLine, Field, Page } from '../../components/Page';
import { request } from '../../lib/api';
import { errorText, useT } from '../../lib/i18n';
import { BuildingDirectory, EstateDirectory, RequestHouseholdBinding } from '../../lib/ops';

type Relation = 'OWNER' | 'FAMILY' | 'TENANT';

/** Find my estate and building, give unit and room: community staff then verify the binding. */
export default function Bind() {
  const { t } = useT();
  const [search, setSearch] = useState('');
  const [estates, setEstates] = useState<{ id: string; name: string; community: { name: string } }[]>([]);
  const [estateId, setEstateId] = useState<string | null>(null);
  const [buildings, setBuildings] = useState<{ id: string; name: string }[]>([]);
  const [buildingId, setBuildingId] = useState<string | null>(null);
  const [unit, setUnit] = useState('');
  const [room, setRoom] = useState('');
  const [relation, setRelation] = useState<Relation>('OWNER');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const id = setTimeout(() => {
      request(EstateDirectory, { search: search.trim() || null, first: 30 })
        .then((r) => setEstates(r.estateDirectory.edges.map((e) => e.node)))
        .catch((e) => setError(errorText(t, e)));
    }, 250);
    return () => clearTimeout(id);
  }, [search, t]);

  useEffect(() => {
    setBuildingId(null);
    setBuildings([]);
    if (!estateId) return;
    request(BuildingDirectory, { estateId, first: 100 })
      .then((r) => setBuildings(r.buildingDirectory.edges.map((e) => e.node)))
      .catch((e) => setError(errorText(t, e)));
  }, [estateId, t]);

  async function submit() {
    setError(null);
    if (!buildingId) return setError(t('required', { field: t('building') }));
    if (!unit.trim()) return setError(t('required', { field: t('unit') }));
    if (!room.trim()) return setError(t('required', { field: t('room') }));
    setBusy(true);
    try {
      await request(RequestHouseholdBinding, { input: { buildingId, unit: unit.trim(), room: room.trim(), relation } });
      void Taro.showToast({ title: t('bindingSent'), icon: 'none' });
      void Taro.reLaunch({ url: '/pages/index/index' });
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('bindHousehold')}>
      <Card title={t('estate')}>
        <Input
          className="rt-input"
          placeholder={t('searchEstate')}
          value={search}
          onInput={(e) => setSearch(e.detail.value)}
        />
        <View className="rt-chips" style={{ marginTop: '12px' }}>
          {estates.map((e) => (
            <Chip key={e.id} on={e.id === estateId} onClick={() => setEstateId(e.id)}>
              {e.name}
            </Chip>
          ))}
        </View>
      </Card>
      {estateId && (
        <Card title={t('building')}>
          <View className="rt-chips">
            {buildings.map((b) => (
              <Chip key={b.id} on={b.id === buildingId} onClick={() => setBuildingId(b.id)}>
                {b.name}
              </Chip>
            ))}
          </View>
        </Card>
      )}
      {buildingId && (
        <Card>
          <Field label={t('unit')}>
            <Input className="rt-input" placeholder={t('unit')} value={unit} onInput={(e) => setUnit(e.detail.value)} />
          </Field>
          <Field label={t('room')}>
            <Input className="rt-input" placeholder={t('room')} value={room} onInput={(e) => setRoom(e.detail.value)} />
          </Field>
          <Field label={t('relation')}>
            <View className="rt-chips">
              {(['OWNER', 'FAMILY', 'TENANT'] as const).map((r) => (
                <Chip key={r} on={r === relation} onClick={() => setRelation(r)}>
                  {t(`relation_${r}`)}
                </Chip>
              ))}
            </View>
          </Field>
          <ErrorLine text={error} />
          <Button className={`rt-btn${busy ? ' rt-btn-off' : ''}`} disabled={busy} onClick={submit}>
            {t('submitBinding')}
          </Button>
        </Card>
      )}
      {!buildingId && <ErrorLine text={error} />}
    </Page>
  );
}
