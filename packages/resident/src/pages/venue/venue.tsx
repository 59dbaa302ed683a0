import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useMemo, useRef, useState } from 'react';
import { Card, Chip, ErrorLine, Field, LoadState, Page } from '../../components/Page';
import { NetworkError, request } from '../../lib/api';
import { useMyPlaces } from '../../lib/home';
import { errorText, type MessageKey, useT } from '../../lib/i18n';
import { BookVenue, VenueDetail } from '../../lib/ops-venue';
import { newIdempotencyKey } from '../../lib/outbox';
import { clock, dayLabel, dayStart, isoWeekday, nextDate, shanghaiDate } from '../../lib/time';
import { useQuery } from '../../lib/useQuery';

const DAYS_SHOWN = 7;

/**
 * One venue: pick a day, a free start slot and a duration on the venue's grid, say what for and how
 * many, and book (for my verified household). One idempotency key per attempt: a retry after a lost
 * answer gets the same booking.
 */
export default function VenuePage() {
  const { t, locale } = useT();
  const id = useRouter().params.id ?? '';
  const { approved } = useMyPlaces();
  const [date, setDate] = useState(() => shanghaiDate(0));
  const q = useQuery(
    VenueDetail,
    { id, from: dayStart(date), to: dayStart(nextDate(date)) },
    `venue.${id}.${date}`,
    !id,
  );
  const venue = q.data?.data.venue;
  // Only the slots inside the day's opening hours (the API also answers the closed hours, each with
  // its first reason: just before midnight that can be LEAD_TIME for 00:00 of a room opening at 07:00).
  const slots = useMemo(() => {
    const hours = q.data?.data.venue.openingHours.find((h) => h.weekday === isoWeekday(date));
    return (q.data?.data.venueAvailability ?? []).filter(
      (s) =>
        s.reason !== 'OUTSIDE_HOURS' &&
        (!hours?.open || !hours.close || (clock(s.startsAt) >= hours.open && clock(s.endsAt, true) <= hours.close)),
    );
  }, [q.data, date]);
  const [start, setStart] = useState<string | null>(null);
  const [minutes, setMinutes] = useState<number | null>(null);
  const [purpose, setPurpose] = useState('');
  const [attendees, setAttendees] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef<string | null>(null);

  const horizon = Math.min(DAYS_SHOWN, venue?.horizonDays ?? DAYS_SHOWN);
  const days = Array.from({ length: horizon }, (_, i) => shanghaiDate(i));
  // Durations that fit: whole slots from the minimum to the maximum, every slot on the way free for me.
  const durations = useMemo(() => {
    if (!venue || !start) return [];
    const i = slots.findIndex((s) => s.startsAt === start);
    const out: number[] = [];
    let end = i;
    for (let m = venue.slotMinutes; m <= venue.maxMinutes && i >= 0; m += venue.slotMinutes) {
      const s = slots[end];
      if (!s?.bookable || (end > i && s.startsAt !== slots[end - 1]?.endsAt)) break;
      if (m >= venue.minMinutes) out.push(m);
      end++;
    }
    return out;
  }, [venue, start, slots]);
  const chosen = minutes && durations.includes(minutes) ? minutes : (durations[0] ?? null);

  function pickDay(d: string) {
    setDate(d);
    setStart(null);
    setMinutes(null);
    key.current = null;
  }
  function pickStart(s: string) {
    setStart(s);
    setMinutes(null);
    key.current = null;
  }

  async function book() {
    setError(null);
    if (!venue || !start || !chosen) return setError(t('pickSlot'));
    if (purpose.trim().length < 2) return setError(t('required', { field: t('purpose') }));
    const n = Number(attendees);
    if (!Number.isInteger(n) || n < 1 || n > venue.capacity) {
      return setError(t('attendeesRange', { max: venue.capacity }));
    }
    key.current ??= newIdempotencyKey();
    setBusy(true);
    try {
      const endsAt = new Date(Date.parse(start) + chosen * 60_000).toISOString();
      const home = approved[0];
      await request(BookVenue, {
        input: {
          venueId: venue.id,
          startsAt: start,
          endsAt,
          purpose: purpose.trim(),
          attendees: n,
          idempotencyKey: key.current,
          bookAs: 'RESIDENT',
          ...(approved.length > 1 && home ? { householdId: home.household.id } : {}),
        },
      });
      key.current = null;
      await Taro.redirectTo({ url: '/pages/venues/venues' });
    } catch (e) {
      // A lost answer keeps its key (the retry gets the same booking); a refusal starts afresh.
      if (!(e instanceof NetworkError)) key.current = null;
      setError(errorText(t, e));
      void q.reload();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={venue?.name ?? t('venues')}>
      {venue && (
        <Card title={venue.name}>
          {venue.description && <View className="rt-muted">{venue.description}</View>}
          <View className="rt-muted">
            {t('capacity', { n: venue.capacity })}
            {venue.facilities.length ? ` · ${venue.facilities.join('、')}` : ''}
          </View>
          <View className="rt-muted">
            {venue.approvalRequired ? t('needsApproval') : t('noApproval')}
            {venue.weeklyQuota ? ` · ${t('weeklyQuota', { n: venue.weeklyQuota })}` : ''}
            {venue.monthlyQuota ? ` · ${t('monthlyQuota', { n: venue.monthlyQuota })}` : ''}
          </View>
        </Card>
      )}
      <View className="rt-chips" style={{ marginBottom: '16px' }}>
        {days.map((d) => (
          <Chip key={d} on={d === date} onClick={() => pickDay(d)}>
            {dayLabel(d, locale)}
          </Chip>
        ))}
      </View>
      <LoadState q={q} />
      <Card title={t('pickSlot')}>
        {q.data && slots.length === 0 && <View className="rt-muted">{t('noSlots')}</View>}
        <View className="rt-slots">
          {slots.map((s) => {
            const on =
              start !== null &&
              chosen !== null &&
              s.startsAt >= start &&
              Date.parse(s.startsAt) < Date.parse(start) + chosen * 60_000;
            const cls = on ? 'rt-slot-on' : s.taken ? 'rt-slot-taken' : s.bookable ? '' : 'rt-slot-off';
            return (
              <View
                key={s.startsAt}
                className={`rt-slot ${cls}`}
                data-testid={s.bookable ? 'slot-free' : 'slot-off'}
                data-day={shanghaiDate(0, Date.parse(s.startsAt))}
                aria-disabled={!s.bookable}
                onClick={() => s.bookable && pickStart(s.startsAt)}
              >
                <View>{clock(s.startsAt)}</View>
                <View style={{ fontSize: '0.75em' }}>
                  {s.bookable ? t('slotFree') : t(`slot_${s.reason ?? 'TAKEN'}` as MessageKey)}
                </View>
              </View>
            );
          })}
        </View>
      </Card>
      {start && venue && (
        <Card title={`${dayLabel(date, locale)} ${clock(start)}`}>
          <Field label={t('duration')}>
            <View className="rt-chips">
              {durations.map((m) => (
                <Chip key={m} on={m === chosen} onClick={() => setMinutes(m)}>
                  {t('minutesN', { n: m })}
                </Chip>
              ))}
            </View>
            {durations.length === 0 && <View className="rt-muted">{t('tooShort', { n: venue.minMinutes })}</View>}
          </Field>
          <Field label={t('purpose')}>
            <Input
              className="rt-input"
              placeholder={t('purposeHint')}
              value={purpose}
              maxlength={200}
              onInput={(e) => setPurpose(e.detail.value)}
            />
          </Field>
          <Field label={t('attendees')}>
            <Input
              className="rt-input"
              type="number"
              placeholder={t('attendeesHint', { max: venue.capacity })}
              value={attendees}
              onInput={(e) => setAttendees(e.detail.value)}
            />
          </Field>
          {chosen && (
            <Text className="rt-muted">
              {clock(start)}–{clock(new Date(Date.parse(start) + chosen * 60_000).toISOString())}
            </Text>
          )}
          <ErrorLine text={error} />
          <Button className={`rt-btn${busy ? ' rt-btn-off' : ''}`} disabled={busy} onClick={book}>
            {t('book')}
          </Button>
        </Card>
      )}
      {!start && <ErrorLine text={error} />}
    </Page>
  );
}
