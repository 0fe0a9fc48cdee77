/**
 * `{{$datetime …}}` and `{{$localDatetime …}}` as REST Client defines them: `iso8601`, `rfc1123`
 * or a quoted Day.js-style format ("YYYY-MM-DD HH:mm:ss"), then an optional offset (`1 d`).
 */
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TOKENS = /\[([^\]]*)]|YYYY|YY|MMMM|MMM|MM|M|DD|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|SSS|A|a|ZZ|Z|X|x/g;

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/** The format argument without quotes, or undefined when it is not one REST Client accepts. */
export function datetimeFormat(arg: string | undefined): string | undefined {
  if (arg === undefined) return undefined;
  if (arg === 'iso8601' || arg === 'rfc1123') return arg;
  const m = /^(["'])(.*)\1$/.exec(arg);
  return m && m[2] !== '' ? m[2] : undefined;
}

/**
 * Formats `ms` (epoch milliseconds). `offsetMinutes` is the zone's offset from UTC (0 for
 * $datetime, the local zone's for $localDatetime).
 */
export function formatDatetime(ms: number, format: string, offsetMinutes: number): string {
  const d = new Date(ms + offsetMinutes * 60_000);
  const zone = (sep: string) => `${offsetMinutes < 0 ? '-' : '+'}${pad(offsetMinutes / 60)}${sep}${pad(offsetMinutes % 60)}`;
  if (format === 'rfc1123') return new Date(ms).toUTCString();
  if (format === 'iso8601') {
    return offsetMinutes === 0 ? new Date(ms).toISOString() : formatDatetime(ms, 'YYYY-MM-DDTHH:mm:ssZ', offsetMinutes);
  }
  const hours = d.getUTCHours();
  return format.replace(TOKENS, (token: string, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    switch (token) {
      case 'YYYY': return String(d.getUTCFullYear());
      case 'YY': return pad(d.getUTCFullYear() % 100);
      case 'MMMM': return MONTH_NAMES[d.getUTCMonth()];
      case 'MMM': return MONTHS[d.getUTCMonth()];
      case 'MM': return pad(d.getUTCMonth() + 1);
      case 'M': return String(d.getUTCMonth() + 1);
      case 'DD': return pad(d.getUTCDate());
      case 'D': return String(d.getUTCDate());
      case 'dddd': return DAY_NAMES[d.getUTCDay()];
      case 'ddd': return DAYS[d.getUTCDay()];
      case 'HH': return pad(hours);
      case 'H': return String(hours);
      case 'hh': return pad(hours % 12 || 12);
      case 'h': return String(hours % 12 || 12);
      case 'mm': return pad(d.getUTCMinutes());
      case 'm': return String(d.getUTCMinutes());
      case 'ss': return pad(d.getUTCSeconds());
      case 's': return String(d.getUTCSeconds());
      case 'SSS': return pad(d.getUTCMilliseconds(), 3);
      case 'A': return hours < 12 ? 'AM' : 'PM';
      case 'a': return hours < 12 ? 'am' : 'pm';
      case 'ZZ': return zone('');
      case 'Z': return zone(':');
      case 'X': return String(Math.floor(ms / 1000));
      default: return String(ms); // 'x'
    }
  });
}
