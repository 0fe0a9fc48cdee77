/**
 * Times as the playground shows them, each naming its zone ("2026-12-06 09:24:56 UTC+8"): a
 * person's own times (sent, expires) in this machine's zone, the service's wall times in its own.
 * Pure: the offset is a parameter, so tests pin it.
 */

/** The service writes createTime and blockEndTime on China Standard Time (UTC+8, no daylight saving). */
export const SERVICE_OFFSET_MINUTES = 8 * 60;

/** This machine's offset east of UTC at that instant (Date#getTimezoneOffset counts west). */
export const localOffset = (ms: number): number => -new Date(ms).getTimezoneOffset() || 0;

/** "UTC", "UTC+8", "UTC-3", "UTC+5:30". */
export function zoneName(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const abs = Math.abs(offsetMinutes);
  const minutes = abs % 60 === 0 ? '' : `:${String(abs % 60).padStart(2, '0')}`;
  return `UTC${offsetMinutes > 0 ? '+' : '-'}${Math.floor(abs / 60)}${minutes}`;
}

function wallClock(ms: number, offsetMinutes: number): string | undefined {
  const d = new Date(ms + offsetMinutes * 60_000);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 19).replace('T', ' ');
}

/** Epoch ms as "2026-12-06 09:24:56 UTC+8" (an impossible date as its number). */
export function dateTimeText(ms: number, offsetMinutes = localOffset(ms)): string {
  const wall = wallClock(ms, offsetMinutes);
  return wall === undefined ? String(ms) : `${wall} ${zoneName(offsetMinutes)}`;
}

/** Epoch ms as "09:24:56 UTC+8", for lists where the day is today. */
export function timeText(ms: number, offsetMinutes = localOffset(ms)): string {
  const wall = wallClock(ms, offsetMinutes);
  return wall === undefined ? String(ms) : `${wall.slice(11)} ${zoneName(offsetMinutes)}`;
}

/**
 * A datetime from a response body: the service's "2016-05-24 10:38:19" is its wall time and gets
 * its zone; epoch seconds or milliseconds are shown in this machine's zone; anything else as written.
 */
export function serviceDateTimeText(text: string, offsetMinutes?: number): string {
  if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(text)) return `${text} ${zoneName(SERVICE_OFFSET_MINUTES)}`;
  if (!/^\d{10,16}$/.test(text)) return text;
  const ms = text.length === 10 ? Number(text) * 1000 : Number(text);
  return dateTimeText(ms, offsetMinutes ?? localOffset(ms));
}
