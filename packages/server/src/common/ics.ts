import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus } from 'ical-generator';

const ZONE = 'Asia/Shanghai';

/** Wall-clock time in Asia/Shanghai, 'YYYY-MM-DDTHH:mm:ss' (ical-generator writes it with TZID). */
function wallTime(d: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  })
    .format(d)
    .replace(' ', 'T');
}

/** One event of an iCalendar file. */
export interface IcsEvent {
  /** Globally unique id, e.g. `meeting-<id>@roundtable`. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  cancelled?: boolean;
  created?: Date;
}

/**
 * A one-event iCalendar file with times written in Asia/Shanghai (`DTSTART;TZID=Asia/Shanghai:…`)
 * and its VTIMEZONE, so calendar apps show the community's local time wherever they are.
 */
export function icsFile(name: string, product: string, event: IcsEvent): string {
  const cal = ical({
    name,
    prodId: { company: 'roundtable', product, language: 'ZH' },
    timezone: { name: ZONE, generator: getVtimezoneComponent },
  });
  cal.createEvent({
    id: event.uid,
    start: wallTime(event.start),
    end: wallTime(event.end),
    timezone: ZONE,
    summary: event.summary,
    description: event.description,
    location: event.location,
    url: event.url,
    status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    created: event.created,
  });
  return cal.toString();
}
