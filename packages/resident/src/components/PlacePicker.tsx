import { View } from '@tarojs/components';
import { useState } from 'react';
import { useMyPlaces } from '../lib/home';
import { useT } from '../lib/i18n';
import { Chip } from './Page';

/**
 * Which of my places a page shows: "no verified home" when there is none, chips when there are
 * several (a resident with homes in two communities or estates), nothing when there is one.
 */
export function PlacePicker({
  places,
  value,
  onPick,
  loaded,
}: {
  places: { id: string; name: string }[];
  value: string;
  onPick: (id: string) => void;
  loaded: boolean;
}) {
  const { t } = useT();
  if (loaded && places.length === 0) return <View className="rt-muted">{t('noBinding')}</View>;
  if (places.length < 2) return null;
  return (
    <View className="rt-chips" style={{ marginBottom: '12px' }}>
      {places.map((p) => (
        <Chip key={p.id} on={p.id === value} onClick={() => onPick(p.id)}>
          {p.name}
        </Chip>
      ))}
    </View>
  );
}

/** The community a page shows (the first of my verified homes' communities unless picked), and its picker. */
export function useMyCommunity() {
  const { communities, loaded } = useMyPlaces();
  const [picked, setPicked] = useState<string | null>(null);
  const community = communities.find((c) => c.id === picked) ?? communities[0];
  const cid = community?.id ?? '';
  const picker = <PlacePicker places={communities} value={cid} onPick={setPicked} loaded={loaded} />;
  return { community, cid, picker };
}
