import { useMutation } from '@apollo/client/react';
import { App, Button, Checkbox, Drawer, Form, Input, InputNumber, Select, Space, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { applyFieldError, useErrorText } from '../../../app/errors';
import type { VenueFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { CreateVenueDocument, UpdateVenueDocument } from '../graphql/venue';

interface Values {
  name: string;
  description?: string;
  capacity: number;
  facilities: string[];
  hours: ({ range: [Dayjs, Dayjs] | null } | undefined)[];
  closedDates: string[];
  closedOnHolidays: boolean;
  slotMinutes: number;
  minMinutes: number;
  maxMinutes: number;
  horizonDays: number;
  leadMinutes: number;
  approvalRequired: boolean;
  pendingHoldHours: number;
  noShowGraceMinutes: number;
  residentsEligible: boolean;
  organisationsEligible: boolean;
  staffEligible: boolean;
  weeklyQuota: number | null;
  monthlyQuota: number | null;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const t2d = (hhmm: string) => dayjs(`2000-01-01T${hhmm === '24:00' ? '23:59' : hhmm}`);
const d2t = (d: Dayjs, end: boolean) => (end && d.format('HH:mm') === '23:59' ? '24:00' : d.format('HH:mm'));

function initial(v: VenueFieldsFragment | null): Values {
  return {
    name: v?.name ?? '',
    description: v?.description ?? undefined,
    capacity: v?.capacity ?? 20,
    facilities: v?.facilities ?? [],
    hours: Array.from({ length: 7 }, (_, i) => {
      const h = v?.openingHours[i];
      if (!v) return { range: [t2d('08:00'), t2d('21:00')] as [Dayjs, Dayjs] };
      return { range: h?.open && h.close ? ([t2d(h.open), t2d(h.close)] as [Dayjs, Dayjs]) : null };
    }),
    closedDates: v?.closedDates ?? [],
    closedOnHolidays: v?.closedOnHolidays ?? false,
    slotMinutes: v?.slotMinutes ?? 60,
    minMinutes: v?.minMinutes ?? 60,
    maxMinutes: v?.maxMinutes ?? 240,
    horizonDays: v?.horizonDays ?? 14,
    leadMinutes: v?.leadMinutes ?? 60,
    approvalRequired: v?.approvalRequired ?? false,
    pendingHoldHours: v?.pendingHoldHours ?? 48,
    noShowGraceMinutes: v?.noShowGraceMinutes ?? 15,
    residentsEligible: v?.residentsEligible ?? true,
    organisationsEligible: v?.organisationsEligible ?? false,
    staffEligible: v?.staffEligible ?? true,
    weeklyQuota: v?.weeklyQuota ?? null,
    monthlyQuota: v?.monthlyQuota ?? null,
  };
}

/** Create or edit a venue: its rules, who may book, the household quotas. */
export function VenueForm(props: {
  open: boolean;
  communityId: string;
  venue: VenueFieldsFragment | null;
  onClose(): void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const opts = { refetchQueries: ['VenueList'] };
  const [create, c] = useMutation(CreateVenueDocument, opts);
  const [update, u] = useMutation(UpdateVenueDocument, opts);

  const submit = async (v: Values) => {
    const settings = {
      description: v.description?.trim() || null,
      capacity: v.capacity,
      facilities: v.facilities.map((f) => f.trim()).filter(Boolean),
      openingHours: v.hours.flatMap((h, i) =>
        h?.range ? [{ weekday: i + 1, open: d2t(h.range[0], false), close: d2t(h.range[1], true) }] : [],
      ),
      closedDates: v.closedDates,
      closedOnHolidays: v.closedOnHolidays,
      slotMinutes: v.slotMinutes,
      minMinutes: v.minMinutes,
      maxMinutes: v.maxMinutes,
      horizonDays: v.horizonDays,
      leadMinutes: v.leadMinutes,
      approvalRequired: v.approvalRequired,
      pendingHoldHours: v.pendingHoldHours,
      noShowGraceMinutes: v.noShowGraceMinutes,
      residentsEligible: v.residentsEligible,
      organisationsEligible: v.organisationsEligible,
      staffEligible: v.staffEligible,
      weeklyQuota: v.weeklyQuota ?? 0,
      monthlyQuota: v.monthlyQuota ?? 0,
    };
    try {
      if (props.venue) {
        await update({
          variables: {
            input: { id: props.venue.id, expectedVersion: props.venue.version, name: v.name.trim(), ...settings },
          },
        });
      } else {
        await create({ variables: { input: { communityId: props.communityId, name: v.name.trim(), ...settings } } });
      }
      message.success(t('venue.saved'));
      props.onClose();
    } catch (err) {
      if (!applyFieldError(form, err, errorText(err))) message.error(errorText(err));
    }
  };

  const num = (name: keyof Values, label: string, min: number, max: number, step = 1) => (
    <Form.Item name={name} label={label} rules={[{ required: true }]}>
      <InputNumber min={min} max={max} step={step} style={{ width: '100%' }} />
    </Form.Item>
  );
  const check = (name: keyof Values, label: string) => (
    <Form.Item name={name} valuePropName="checked" style={{ marginBottom: 4 }}>
      <Checkbox>{label}</Checkbox>
    </Form.Item>
  );

  return (
    <Drawer
      open={props.open}
      title={props.venue ? `${t('venue.edit')} · ${props.venue.name}` : t('venue.new')}
      onClose={props.onClose}
      width="min(560px, 100vw)"
      destroyOnHidden
      extra={
        <Button type="primary" loading={c.loading || u.loading} onClick={() => form.submit()} data-testid="venue-save">
          {t('venue.save')}
        </Button>
      }
    >
      <Form form={form} layout="vertical" initialValues={initial(props.venue)} onFinish={submit} preserve={false}>
        <Form.Item name="name" label={t('venue.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('venue.description')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        {num('capacity', t('venue.capacity'), 1, 2000)}
        <Form.Item name="facilities" label={t('venue.facilities')}>
          <Select mode="tags" tokenSeparators={[',', '，']} maxCount={20} />
        </Form.Item>
        <Form.Item label={t('venue.hours')}>
          <Space direction="vertical" style={{ width: '100%' }}>
            {WEEKDAYS.map((d) => (
              <Space key={d} wrap>
                <span style={{ display: 'inline-block', width: 40 }}>{t(`venue.weekday.${d}`)}</span>
                <Form.Item name={['hours', d - 1, 'range']} noStyle>
                  <TimePicker.RangePicker
                    format="HH:mm"
                    minuteStep={15}
                    allowEmpty={[true, true]}
                    placeholder={[t('venue.hours.closed'), '']}
                  />
                </Form.Item>
              </Space>
            ))}
          </Space>
        </Form.Item>
        <Form.Item name="closedDates" label={t('venue.closedDates')}>
          <Select mode="tags" placeholder="2026-10-01" />
        </Form.Item>
        {check('closedOnHolidays', t('venue.closedOnHolidays'))}
        <Space wrap style={{ width: '100%' }} align="start">
          {num('slotMinutes', t('venue.slotMinutes'), 15, 1440, 15)}
          {num('minMinutes', t('venue.minMinutes'), 15, 1440, 15)}
          {num('maxMinutes', t('venue.maxMinutes'), 15, 1440, 15)}
          {num('horizonDays', t('venue.horizonDays'), 1, 365)}
          {num('leadMinutes', t('venue.leadMinutes'), 0, 10080)}
          {num('pendingHoldHours', t('venue.pendingHoldHours'), 1, 168)}
          {num('noShowGraceMinutes', t('venue.noShowGraceMinutes'), 0, 240)}
        </Space>
        {check('approvalRequired', t('venue.approvalRequired'))}
        {check('residentsEligible', t('venue.residentsEligible'))}
        {check('organisationsEligible', t('venue.organisationsEligible'))}
        {check('staffEligible', t('venue.staffEligible'))}
        <Space wrap>
          <Form.Item name="weeklyQuota" label={t('venue.weeklyQuota')}>
            <InputNumber min={0} max={100} placeholder={t('venue.quota.none')} />
          </Form.Item>
          <Form.Item name="monthlyQuota" label={t('venue.monthlyQuota')}>
            <InputNumber min={0} max={1000} placeholder={t('venue.quota.none')} />
          </Form.Item>
        </Space>
      </Form>
    </Drawer>
  );
}
