import { Card, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { useI18n } from '../../../i18n';
import { propertyUrl } from '../urls';

/**
 * The dashboard's overdue-equipment figure, spread into the dashboard query so it comes in the same
 * round-trip. The host query declares `$equipmentCommunityId: ID!` and `$withEquipment: Boolean!`
 * (the figure is per community: false when the viewer has not narrowed to one).
 */
export const OverdueEquipmentTileFields = graphql(`
  fragment OverdueEquipmentTile on Query {
    overdueEquipmentCount(communityId: $equipmentCommunityId) @include(if: $withEquipment)
  }
`);

/**
 * 逾期设备: how many pieces of equipment of the community are overdue for maintenance today (derived
 * on the server), linking to that community's equipment register filtered to overdue. Without a
 * community (a street admin looking at all of theirs) it asks to pick one.
 */
export function OverdueEquipmentTile(props: {
  data: FragmentType<typeof OverdueEquipmentTileFields> | undefined;
  communityId: string | null;
  loading: boolean;
}) {
  const { t } = useI18n();
  const n = getFragmentData(OverdueEquipmentTileFields, props.data)?.overdueEquipmentCount;
  const figure = (
    <Statistic
      title={t('property.overdueTile')}
      value={props.communityId ? (n ?? '—') : '—'}
      loading={props.loading && Boolean(props.communityId)}
      styles={{ content: n ? { color: '#cf1322' } : undefined }}
    />
  );
  return (
    <Card size="small" data-testid="kpi-overdueEquipment">
      {props.communityId ? (
        <Link
          to={propertyUrl({ community: props.communityId, status: 'OVERDUE' })}
          aria-label={t('property.overdueTile')}
        >
          {figure}
        </Link>
      ) : (
        <>
          {figure}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('property.overdueTile.pickCommunity')}
          </Typography.Text>
        </>
      )}
    </Card>
  );
}
