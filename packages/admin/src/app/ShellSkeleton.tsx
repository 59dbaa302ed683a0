import { useI18n } from '../i18n';

const bar = (width: string) => (
  <div style={{ height: 14, width, background: '#eee', borderRadius: 4, margin: '16px 0' }} />
);

/**
 * The console's frame while its chunk loads (right after sign-in or on a reload): header and page
 * outline in plain markup, so the first chunk carries no antd layout or skeleton code for it.
 */
export function ShellSkeleton() {
  const { t } = useI18n();
  return (
    <div style={{ minHeight: '100vh', background: '#f5f5f5' }} data-testid="console-skeleton">
      <div
        style={{
          height: 64,
          background: '#001529',
          color: '#fff',
          display: 'flex',
          alignItems: 'center',
          paddingInline: 16,
          fontSize: 20,
          fontWeight: 600,
        }}
      >
        {t('app.title')}
      </div>
      <div style={{ margin: 16, padding: '8px 16px', background: '#fff', borderRadius: 8 }}>
        {bar('160px')}
        {bar('100%')}
        {bar('100%')}
        {bar('100%')}
        {bar('60%')}
      </div>
    </div>
  );
}
