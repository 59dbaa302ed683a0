import { Flex, Tooltip, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../../i18n';
import type { GridDay } from './coverage';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const HOLIDAY_BG = '#fde2e2';
const HOLIDAY_FG = '#b91c1c';
const WORKDAY_BG = '#dbeafe';
const WORKDAY_FG = '#1d4ed8';

function Month({ year, month, days }: { year: number; month: number; days: Map<string, GridDay> }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const first = dayjs(`${year}-${String(month).padStart(2, '0')}-01`);
  const lead = (first.day() + 6) % 7; // Monday first
  const count = first.daysInMonth();
  const blanks = Array.from({ length: lead }, (_, k) => `blank-${k}`);
  const dates = Array.from({ length: count }, (_, i) => first.add(i, 'day').format('YYYY-MM-DD'));
  const weekdays = t('calgrid.weekdays').split(',');
  return (
    <div
      data-testid={`calendar-month-${month}`}
      style={{ border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadius, padding: 6 }}
    >
      <Typography.Text strong style={{ display: 'block', textAlign: 'center', marginBottom: 4 }}>
        {t('calgrid.months').split(',')[month - 1]}
      </Typography.Text>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2, fontSize: 11 }}>
        {weekdays.map((w) => (
          <div key={w} style={{ textAlign: 'center', color: token.colorTextTertiary }}>
            {w}
          </div>
        ))}
        {blanks.map((b) => (
          <div key={b} />
        ))}
        {dates.map((date) => {
          const d = days.get(date);
          const dow = dayjs(date).day();
          const weekend = dow === 0 || dow === 6;
          const style = {
            textAlign: 'center' as const,
            lineHeight: '20px',
            borderRadius: 3,
            background: d ? (d.kind === 'HOLIDAY' ? HOLIDAY_BG : WORKDAY_BG) : undefined,
            color: d ? (d.kind === 'HOLIDAY' ? HOLIDAY_FG : WORKDAY_FG) : weekend ? token.colorTextTertiary : undefined,
            fontWeight: d ? 600 : undefined,
            outline: d?.staff ? `1.5px dashed ${d.kind === 'HOLIDAY' ? HOLIDAY_FG : WORKDAY_FG}` : undefined,
            outlineOffset: -1.5,
          };
          const cell = (
            <div
              key={date}
              style={style}
              data-date={date}
              data-kind={d?.kind}
              data-staff={d?.staff ? 'true' : undefined}
              title={d ? `${date} ${d.name}` : undefined}
            >
              {Number(date.slice(8))}
            </div>
          );
          return d ? (
            <Tooltip key={date} title={`${d.name}${d.staff ? ` · ${t('calgrid.legend.staff')}` : ''}`}>
              {cell}
            </Tooltip>
          ) : (
            cell
          );
        })}
      </div>
    </div>
  );
}

function Swatch({ bg, fg, dashed, label }: { bg?: string; fg?: string; dashed?: boolean; label: string }) {
  return (
    <Flex align="center" gap={4}>
      <span
        style={{
          display: 'inline-block',
          width: 14,
          height: 14,
          borderRadius: 3,
          background: bg,
          outline: dashed ? `1.5px dashed ${fg}` : `1px solid ${bg ?? '#d9d9d9'}`,
          outlineOffset: -1.5,
        }}
      />
      <Typography.Text style={{ fontSize: 12 }}>{label}</Typography.Text>
    </Flex>
  );
}

/**
 * The twelve months of a year: statutory holidays (red), make-up working days (blue), staff entries
 * outlined. Two months a row on a phone, four or more on a desktop. Props only.
 */
export function CalendarMonthGrid({ year, days }: { year: number; days: Map<string, GridDay> }) {
  const { t } = useI18n();
  return (
    <div data-testid="calendar-grid">
      <Flex wrap gap={12} style={{ marginBottom: 8 }}>
        <Swatch bg={HOLIDAY_BG} label={t('calgrid.legend.holiday')} />
        <Swatch bg={WORKDAY_BG} label={t('calgrid.legend.workday')} />
        <Swatch fg={HOLIDAY_FG} dashed label={t('calgrid.legend.staff')} />
      </Flex>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))', gap: 8 }}>
        {MONTHS.map((m) => (
          <Month key={m} year={year} month={m} days={days} />
        ))}
      </div>
    </div>
  );
}
