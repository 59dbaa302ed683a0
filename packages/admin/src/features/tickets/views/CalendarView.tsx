import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, DatePicker, Form, Grid, Input, Select, Space, Switch, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { apiError, useErrorText } from '../../../app/errors';
import { useListParams } from '../../../app/list';
import { useViewer } from '../../../app/viewer';
import type { CalendarDayKind } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { CalendarMonthGrid } from '../../calendar/components/CalendarMonthGrid';
import { coverageSentence, mergeDays } from '../../calendar/components/coverage';
import { CalendarDayList } from '../components/CalendarDayList';
import {
  CalendarDaysDocument,
  CalendarYearsDocument,
  ClearCalendarDayDocument,
  SetCalendarDayDocument,
  SetCalendarYearCompleteDocument,
} from '../graphql/settings';
import { CALENDAR_PARAMS } from '../urls';

interface DayForm {
  date: Dayjs;
  kind: CalendarDayKind;
  name: string;
}

/**
 * 工作日历: the holidays and make-up working days staff enter for a year, and whether the year is
 * complete. Years without data (after the built-in schedule ends) are flagged: deadlines in them
 * are computed as plain weekdays and marked 缺少节假日数据.
 */
export function CalendarView() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const compact = Grid.useBreakpoint().md === false;
  const { may } = useViewer();
  const list = useListParams(CALENDAR_PARAMS);
  const setParams = list.set;
  const year = list.values.year ?? dayjs().year();
  const years = useQuery(CalendarYearsDocument);
  const { data, loading, error, refetch } = useQuery(CalendarDaysDocument, { variables: { year } });
  const refetchQueries = ['CalendarYears', 'CalendarDays'];
  const [setDay, setDayState] = useMutation(SetCalendarDayDocument, { refetchQueries });
  const [clearDay] = useMutation(ClearCalendarDayDocument, { refetchQueries });
  const [setComplete, completeState] = useMutation(SetCalendarYearCompleteDocument, { refetchQueries });
  const [busyDate, setBusyDate] = useState<string | null>(null);
  const [form] = Form.useForm<DayForm>();
  const [note, setNote] = useState('');

  const cal = data?.calendarDays;
  const coverage = cal?.coverage;
  const canManage = !!cal?.canManage && may('calendar.manage');
  useEffect(() => setNote(coverage?.note ?? ''), [coverage?.note]);
  const gridDays = useMemo(() => mergeDays(cal?.statutoryDays ?? [], cal?.days ?? []), [cal]);

  const yearList = years.data?.calendarYears ?? [];
  const missing = yearList.filter((y) => !y.covered).map((y) => y.year);
  const yearOptions = [...new Set([...yearList.map((y) => y.year), year])].sort();

  const add = async (v: DayForm) => {
    try {
      await setDay({ variables: { input: { date: v.date.format('YYYY-MM-DD'), kind: v.kind, name: v.name.trim() } } });
      message.success(t('common.saved'));
      form.resetFields(['date', 'name']);
    } catch (err) {
      const e = apiError(err);
      if (e?.field && ['date', 'kind', 'name'].includes(e.field))
        form.setFields([{ name: e.field as keyof DayForm, errors: [errorText(err)] }]);
      else message.error(errorText(err));
    }
  };
  const remove = async (date: string) => {
    setBusyDate(date);
    try {
      await clearDay({ variables: { input: { date } } });
      message.success(t('common.saved'));
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setBusyDate(null);
    }
  };
  const toggleComplete = async (complete: boolean) => {
    try {
      await setComplete({ variables: { input: { year, complete, note: note.trim() || null } } });
      message.success(t('common.saved'));
    } catch (err) {
      message.error(errorText(err));
      await refetch();
    }
  };

  return (
    <Card size="small" title={t('settings.calendar')}>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {missing.length > 0 && (
          <Alert
            type="warning"
            showIcon
            data-testid="calendar-missing"
            title={t(may('calendar.manage') ? 'calendar.missingYears' : 'calgrid.missingYearsRead', {
              years: missing.join('、'),
            })}
          />
        )}
        <Space wrap size={8}>
          <Typography.Text>{t('calendar.year')}</Typography.Text>
          <Select
            aria-label={t('calendar.year')}
            value={year}
            onChange={(y) => setParams({ year: y })}
            options={yearOptions.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 100 }}
          />
          {yearList.map((y) => (
            <Tag
              key={y.year}
              color={y.covered ? 'green' : 'red'}
              style={{ cursor: 'pointer', fontWeight: y.year === year ? 600 : undefined }}
              onClick={() => setParams({ year: y.year })}
              data-testid={`year-${y.year}`}
            >
              {y.year} {y.covered ? t('calendar.covered') : t('calendar.missing')}
            </Tag>
          ))}
        </Space>
        {error && <Typography.Text type="danger">{errorText(error)}</Typography.Text>}
        {coverage && (
          <Card size="small" type="inner" data-testid="calendar-coverage">
            <Space orientation="vertical" size={8} style={{ width: '100%' }}>
              <Space wrap size={8}>
                <Typography.Text strong>{year}</Typography.Text>
                <Tag color={coverage.covered ? 'green' : 'red'}>
                  {coverage.covered ? t('calendar.covered') : t('calendar.missing')}
                </Tag>
                <Tag>{t(`calendar.source.${coverage.source}`)}</Tag>
                <Typography.Text type="secondary">
                  {t('calendar.counts', { h: coverage.holidayCount, w: coverage.workdayCount })}
                </Typography.Text>
              </Space>
              <Space wrap size={8} align="center">
                <Switch
                  checked={coverage.complete}
                  disabled={!canManage}
                  loading={completeState.loading}
                  onChange={toggleComplete}
                  aria-label={t('calendar.complete')}
                />
                <Typography.Text>{t('calendar.complete')}</Typography.Text>
                {canManage ? (
                  <Input
                    value={note}
                    onChange={(e) => setNote(e.target.value)}
                    placeholder={t('calendar.notePlaceholder')}
                    maxLength={200}
                    aria-label={t('calendar.note')}
                    style={{ width: compact ? '100%' : 320 }}
                  />
                ) : (
                  coverage.note && <Typography.Text type="secondary">{coverage.note}</Typography.Text>
                )}
              </Space>
              <Typography.Text data-testid="calendar-coverage-sentence">
                {t(coverageSentence(coverage, canManage), { year })}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {canManage ? t('calendar.completeHint') : t('calendar.readOnly')}
              </Typography.Text>
            </Space>
          </Card>
        )}
        {cal && <CalendarMonthGrid year={year} days={gridDays} />}
        {canManage && (
          <Form<DayForm>
            form={form}
            layout={compact ? 'vertical' : 'inline'}
            initialValues={{ kind: 'HOLIDAY' }}
            onFinish={add}
            data-testid="calendar-add"
            style={{ rowGap: 8 }}
          >
            <Form.Item
              name="date"
              label={t('calendar.date')}
              rules={[
                { required: true, message: t('error.required') },
                {
                  validator: (_, v: Dayjs | undefined) =>
                    !v || v.year() === year ? Promise.resolve() : Promise.reject(t('calendar.dateOutOfYear', { year })),
                },
              ]}
            >
              <DatePicker
                defaultPickerValue={dayjs(`${year}-01-01`)}
                disabledDate={(d) => d.year() !== year}
                style={{ width: compact ? '100%' : 150 }}
              />
            </Form.Item>
            <Form.Item name="kind" label={t('calendar.kind')} rules={[{ required: true }]}>
              <Select
                style={{ width: compact ? '100%' : 130 }}
                options={(['HOLIDAY', 'WORKDAY'] as const).map((k) => ({ value: k, label: t(`calendar.kind.${k}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="name"
              label={t('calendar.name')}
              rules={[{ required: true, whitespace: true, message: t('error.required') }, { max: 50 }]}
            >
              <Input
                placeholder={t('calendar.namePlaceholder')}
                maxLength={50}
                style={{ width: compact ? '100%' : 180 }}
              />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={setDayState.loading}>
                {t('calendar.add')}
              </Button>
            </Form.Item>
          </Form>
        )}
        <CalendarDayList
          rows={cal?.days ?? []}
          loading={loading}
          canManage={canManage}
          busyDate={busyDate}
          onRemove={remove}
        />
      </Space>
    </Card>
  );
}
