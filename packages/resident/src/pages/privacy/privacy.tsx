import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Card, ErrorLine, LoadState, Page, Tag } from '../../components/Page';
import { useAct } from '../../lib/act';
import { request } from '../../lib/api';
import { formatTime, useT } from '../../lib/i18n';
import { MyDataExport, MyErasureRequest, RequestErasure } from '../../lib/ops-take-part';
import { useQuery } from '../../lib/useQuery';

/**
 * 我的数据: a copy of everything the platform keeps about me (a readable page; in H5 downloaded as a
 * file), and asking for my account to be erased (staff complete it within 15 working days).
 */
export default function Privacy() {
  const { t, locale } = useT();
  const q = useQuery(MyErasureRequest, {}, 'erasure');
  const { act, error, busy } = useAct(q.reload);
  const [exported, setExported] = useState<string | null>(null);
  const pending = q.data?.data.myErasureRequest;

  async function exportData() {
    await act(async () => {
      const { myDataExport } = await request(MyDataExport);
      if (process.env.TARO_ENV === 'h5') {
        const url = URL.createObjectURL(new Blob([myDataExport.html], { type: 'text/html;charset=utf-8' }));
        const a = document.createElement('a');
        a.href = url;
        a.download = `roundtable-my-data-${myDataExport.generatedAt.slice(0, 10)}.html`;
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      } else {
        await Taro.setClipboardData({ data: myDataExport.html });
      }
      setExported(myDataExport.generatedAt);
    });
  }

  async function erase() {
    const ok = await Taro.showModal({
      title: t('erasureConfirmTitle'),
      content: t('erasureConfirm'),
      confirmText: t('confirm'),
      cancelText: t('cancel'),
    });
    if (ok.confirm) await act(() => request(RequestErasure));
  }

  return (
    <Page title={t('myData')}>
      <Card title={t('exportTitle')}>
        <View className="rt-muted">{t('exportHint')}</View>
        {exported && (
          <View className="rt-notice" data-testid="exported">
            {t('exportedAt', { time: formatTime(exported, locale) })}
          </View>
        )}
        <Button className={`rt-btn${busy ? ' rt-btn-off' : ''}`} disabled={busy} onClick={exportData}>
          {t('exportData')}
        </Button>
      </Card>
      <Card title={t('erasureTitle')}>
        <LoadState q={q} />
        <View className="rt-muted">{t('erasureHint')}</View>
        {pending ? (
          <View className="rt-list-item" data-testid="erasure">
            <Tag tone={pending.status === 'COMPLETED' ? 'ok' : 'warn'}>{t(`erasure_${pending.status}`)}</Tag>
            {t('erasureAsked', { time: formatTime(pending.createdAt, locale) })}
            <View className="rt-muted">{t('erasureDue', { time: formatTime(pending.dueAt, locale, false) })}</View>
          </View>
        ) : (
          q.data && (
            <Button className="rt-btn rt-btn-plain" disabled={busy} onClick={erase}>
              {t('requestErasure')}
            </Button>
          )
        )}
      </Card>
      <ErrorLine text={error} />
    </Page>
  );
}
