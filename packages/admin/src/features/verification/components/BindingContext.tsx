import { Space, Tag, Typography } from 'antd';
import { graphql } from '../../../gql';
import { type FragmentType, getFragmentData } from '../../../gql/fragment-masking';
import { useI18n } from '../../../i18n';

/** Who else is bound to the household, and where else the requester is bound (within the reviewer's scope). */
export const BindingContextFields = graphql(`
  fragment BindingContext on HouseholdBinding {
    householdOthers {
      id
      status
      relation
      user {
        id
        displayName
        phone
      }
    }
    requesterOthers {
      id
      status
      relation
      estate {
        id
        name
      }
      household {
        id
        label
      }
    }
  }
`);

/** The context of one binding, to decide it: two short lists. Props only. */
export function BindingContext(props: { binding: FragmentType<typeof BindingContextFields> }) {
  const { t } = useI18n();
  const b = getFragmentData(BindingContextFields, props.binding);
  const state = (s: string) => (s === 'PENDING' ? <Tag color="gold">{t('verify.status.PENDING')}</Tag> : null);
  return (
    <Space orientation="vertical" size={2} data-testid="binding-context" style={{ fontSize: 12 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('verify.context.household')}
      </Typography.Text>
      {b.householdOthers.length === 0 ? (
        <Typography.Text style={{ fontSize: 12 }}>{t('verify.context.nobody')}</Typography.Text>
      ) : (
        b.householdOthers.map((o) => (
          <Typography.Text key={o.id} style={{ fontSize: 12 }}>
            {o.user.displayName} {o.user.phone} · {t(`verify.relation.${o.relation}`)} {state(o.status)}
          </Typography.Text>
        ))
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('verify.context.requester')}
      </Typography.Text>
      {b.requesterOthers.length === 0 ? (
        <Typography.Text style={{ fontSize: 12 }}>{t('verify.context.none')}</Typography.Text>
      ) : (
        b.requesterOthers.map((o) => (
          <Typography.Text key={o.id} style={{ fontSize: 12 }}>
            {o.estate.name} {o.household.label} · {t(`verify.relation.${o.relation}`)} {state(o.status)}
          </Typography.Text>
        ))
      )}
    </Space>
  );
}
