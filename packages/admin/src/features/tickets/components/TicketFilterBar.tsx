import { Button, Checkbox, DatePicker, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { ListFilters, type ListValues, useFilterStyle } from '../../../app/list';
import type { TicketSource, TicketState } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { DeskFilters } from '../../ticket-desk/components/DeskFilters';
import { TICKET_PARAMS, TICKET_SOURCES, TICKET_STATES, type TicketFilters } from '../urls';
import type { Option } from './ActionModal';

interface Props {
  filters: ListValues<typeof TICKET_PARAMS>;
  communities: Option[];
  categories: Option[];
  estates: Option[];
  organisations: Option[];
  onChange(patch: TicketFilters): void;
  onReset(): void;
}

/** The workbench filters; every change goes to the URL (the view drops the page cursor). Props only. */
export function TicketFilterBar({ filters: f, onChange, onReset, ...o }: Props) {
  const { t } = useI18n();
  const [q, setQ] = useState(f.q ?? '');
  useEffect(() => setQ(f.q ?? ''), [f.q]);
  const style = useFilterStyle();
  return (
    <ListFilters testId="ticket-filters">
      <Input.Search
        allowClear
        placeholder={t('ticket.filter.search')}
        aria-label={t('ticket.filter.search')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(v) => onChange({ q: v.trim() || null })}
        style={style(220, true)}
      />
      <Select<TicketState[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('ticket.filter.state')}
        aria-label={t('ticket.filter.state')}
        value={f.states}
        onChange={(v) => onChange({ states: v })}
        options={TICKET_STATES.map((s) => ({ value: s, label: t(`ticket.state.${s}`) }))}
        style={style(220, true)}
      />
      <Select<TicketSource[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('desk.source')}
        aria-label={t('desk.source')}
        data-testid="source-filter"
        value={f.sources}
        onChange={(v) => onChange({ sources: v })}
        options={TICKET_SOURCES.map((s) => ({ value: s, label: t(`desk.source.${s}`) }))}
        style={style(170, true)}
      />
      {o.communities.length > 1 && (
        <Select
          allowClear
          placeholder={t('ticket.filter.community')}
          aria-label={t('ticket.filter.community')}
          value={f.community ?? undefined}
          onChange={(v) => onChange({ community: v ?? null, category: null, estate: null, org: null })}
          options={o.communities}
          style={style(170)}
        />
      )}
      <Select
        allowClear
        placeholder={t('ticket.filter.category')}
        aria-label={t('ticket.filter.category')}
        value={f.category ?? undefined}
        onChange={(v) => onChange({ category: v ?? null })}
        options={o.categories}
        disabled={o.categories.length === 0}
        style={style(170)}
      />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder={t('ticket.filter.estate')}
        aria-label={t('ticket.filter.estate')}
        value={f.estate ?? undefined}
        onChange={(v) => onChange({ estate: v ?? null })}
        options={o.estates}
        style={style(170)}
      />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder={t('ticket.filter.organisation')}
        aria-label={t('ticket.filter.organisation')}
        value={f.org ?? undefined}
        onChange={(v) => onChange({ org: v ?? null })}
        options={o.organisations}
        style={style(170)}
      />
      <DatePicker.RangePicker
        aria-label={t('ticket.filter.range')}
        value={[f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null]}
        allowEmpty={[true, true]}
        onChange={(range) =>
          onChange({ from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null })
        }
        style={style(250, true)}
      />
      <Checkbox checked={f.overdue} onChange={(e) => onChange({ overdue: e.target.checked })}>
        {t('ticket.filter.overdue')}
      </Checkbox>
      <DeskFilters priorities={f.priorities} unacked={f.unacked} supervised={f.supervised} onChange={onChange} />
      <Button onClick={onReset}>{t('common.reset')}</Button>
    </ListFilters>
  );
}
