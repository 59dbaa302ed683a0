// Types of availability.mjs (plain JavaScript: the raw twin runs on node without a build).
export function loadCalendar(): Promise<void>;
export function availability(
  plan: Record<string, unknown>,
  results: unknown[][],
): { data: { venueAvailability: { startsAt: string; endsAt: string; taken: boolean; bookable: boolean }[] } | null };
