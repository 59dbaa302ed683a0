import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Card, Chip, LoadState, More, Page, Tag } from '../../components/Page';
import { PlacePicker } from '../../components/PlacePicker';
import { useMyPlaces } from '../../lib/home';
import { formatTime, useT } from '../../lib/i18n';
import { RevenueLedger } from '../../lib/ops-disclosure';
import { shanghaiMonth } from '../../lib/time';
import { usePagedQuery } from '../../lib/useQuery';

/** ¥1,234.56 from integer fen. */
function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}¥${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
}

/** 公共收益: one month of my estate's public-revenue ledger — income, expense, balance and every entry. */
export default function Ledger() {
  const { t, locale } = useT();
  const { approved, loaded } = useMyPlaces();
  const estates = [...new Map(approved.map((b) => [b.estate.id, b.estate] as const)).values()];
  const [estateId, setEstateId] = useState<string | null>(null);
  const eid = (estates.find((e) => e.id === estateId) ?? estates[0])?.id ?? '';
  const months = [0, -1, -2].map((m) => shanghaiMonth(m));
  const [period, setPeriod] = useState(months[0] as string);
  const q = usePagedQuery(RevenueLedger, { estateId: eid, period }, `ledger.${eid}.${period}`, !eid);
  const ledger = q.data?.data.revenueLedger;
  const entries = q.data?.data.revenueEntries;
  return (
    <Page title={t('ledger')}>
      <PlacePicker places={estates} value={eid} onPick={setEstateId} loaded={loaded} />
      <View className="rt-chips" style={{ marginBottom: '12px' }}>
        {months.map((m) => (
          <Chip key={m} on={m === period} onClick={() => setPeriod(m)}>
            {m}
          </Chip>
        ))}
      </View>
      {eid && <LoadState q={q} />}
      {ledger && (
        <Card title={`${ledger.period} ${ledger.closed ? t('ledgerClosed') : t('ledgerOpen')}`}>
          <View className="rt-row" style={{ justifyContent: 'space-between' }} data-testid="ledger-income">
            <Text>{t('income')}</Text>
            <Text>{yuan(ledger.incomeFen)}</Text>
          </View>
          <View className="rt-row" style={{ justifyContent: 'space-between' }} data-testid="ledger-expense">
            <Text>{t('expense')}</Text>
            <Text>{yuan(ledger.expenseFen)}</Text>
          </View>
          <View
            className="rt-row"
            style={{ justifyContent: 'space-between', fontWeight: 600 }}
            data-testid="ledger-balance"
          >
            <Text>{t('balance')}</Text>
            <Text>{yuan(ledger.balanceFen)}</Text>
          </View>
        </Card>
      )}
      {entries && (
        <Card title={t('entries', { n: ledger?.entryCount ?? entries.edges.length })}>
          {entries.edges.length === 0 && <View className="rt-muted">{t('noEntries')}</View>}
          {entries.edges.map(({ node: e }) => (
            <View key={e.id} className="rt-list-item" data-testid="ledger-entry">
              <View className="rt-row" style={{ justifyContent: 'space-between' }}>
                <Text>
                  <Tag tone={e.direction === 'INCOME' ? 'ok' : 'warn'}>
                    {e.direction === 'INCOME' ? t('income') : t('expense')}
                  </Tag>
                  {e.item}
                </Text>
                <Text>{yuan(e.direction === 'INCOME' ? e.amountFen : -e.amountFen)}</Text>
              </View>
              <View className="rt-muted">
                {formatTime(e.createdAt, locale, false)}
                {e.correctsId ? ` · ${t('correcting')}` : ''}
                {e.note ? ` · ${e.note}` : ''}
              </View>
            </View>
          ))}
          <More show={!!entries.pageInfo.hasNextPage && !q.atMax} onClick={q.more} />
        </Card>
      )}
    </Page>
  );
}
