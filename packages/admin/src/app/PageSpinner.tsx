import { Card, Layout, Skeleton, Typography } from 'antd';
import { useI18n } from '../i18n';

/** A page loading inside the console: the frame of a list screen with skeleton rows, not a white page. */
export const PageSpinner = () => (
  <Card size="small" data-testid="page-skeleton" title={<Skeleton.Input active size="small" style={{ width: 160 }} />}>
    <Skeleton active title={false} paragraph={{ rows: 6 }} />
  </Card>
);

/** The console loading before its layout can render (who am I?): header bar, menu and page as skeletons. */
export function ConsoleSkeleton() {
  const { t } = useI18n();
  return (
    <Layout style={{ minHeight: '100vh' }} data-testid="console-skeleton">
      <Layout.Header style={{ display: 'flex', alignItems: 'center', paddingInline: 16 }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>
          {t('app.title')}
        </Typography.Title>
      </Layout.Header>
      <Layout>
        <Layout.Content style={{ padding: 16 }}>
          <PageSpinner />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
