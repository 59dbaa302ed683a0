import { useQuery } from '@apollo/client/react';
import { Card, Typography } from 'antd';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';

export const ServerInfoDocument = graphql(`
  query ServerInfo {
    serverInfo {
      version
      timeZone
    }
  }
`);

/** Shows the API version the console talks to. */
export function ServerInfoCard() {
  const { t } = useI18n();
  const { data, error } = useQuery(ServerInfoDocument);
  return (
    <Card title={t('home.welcome')} data-testid="server-info">
      {error ? (
        <Typography.Text type="danger">{t('error.network')}</Typography.Text>
      ) : (
        <Typography.Text>
          {t('home.api')}: {data?.serverInfo.version ?? '…'} ({data?.serverInfo.timeZone ?? ''})
        </Typography.Text>
      )}
    </Card>
  );
}
