const scoreFormatters = new Map<string, Intl.NumberFormat>();
const signedScoreFormatters = new Map<string, Intl.NumberFormat>();
const integerFormatters = new Map<string, Intl.NumberFormat>();
const fullScoreFormatters = new Map<string, Intl.NumberFormat>();
const signedFullScoreFormatters = new Map<string, Intl.NumberFormat>();

/** `key` tells formatters of one locale apart when the options vary (a score's decimals). */
function cached(
  cache: Map<string, Intl.NumberFormat>,
  locale: string,
  options: Intl.NumberFormatOptions,
  key: string = locale,
): Intl.NumberFormat {
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * A score with the decimals its index publishes (PAPI, PCI: two) in the locale's notation: 44,32 (vi)
 * or 44.32 (en).
 */
export function formatScore(value: number, locale: string, decimals = 2): string {
  return cached(scoreFormatters, locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }, `${locale}|${decimals}`).format(value);
}

/**
 * A score as the API gives it, unrounded (the precision of the official file): 48,811383008 (vi).
 * Shown beside the two-decimal figure (tooltip or detail) so the reader can see what ranks compare.
 */
export function formatScoreFull(value: number, locale: string): string {
  return cached(fullScoreFormatters, locale, { maximumFractionDigits: 20 }).format(value);
}

/** A score difference with an explicit sign and the index's decimals: +1,25 / -1,72 / 0,00. */
export function formatScoreDelta(value: number, locale: string, decimals = 2): string {
  return cached(
    signedScoreFormatters,
    locale,
    { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: 'exceptZero' },
    `${locale}|${decimals}`,
  ).format(value);
}

/** A score difference unrounded, with its sign: -1,725595949. */
export function formatScoreDeltaFull(value: number, locale: string): string {
  return cached(signedFullScoreFormatters, locale, { maximumFractionDigits: 20, signDisplay: 'exceptZero' }).format(value);
}

export function formatInteger(value: number, locale: string): string {
  return cached(integerFormatters, locale, { maximumFractionDigits: 0 }).format(value);
}

/** Compares names the way a reader of `locale` expects (Vietnamese letters sort after their base letter in vi). */
export function compareNames(a: string, b: string, locale: string): number {
  return a.localeCompare(b, locale);
}

/** Times are shown as the province reads its clock: PapiTracker serves Vietnamese provinces. */
export const displayTimeZone = 'Asia/Ho_Chi_Minh';

const dateFormatters = new Map<string, Intl.DateTimeFormat>();
const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();
const percentFormatters = new Map<string, Intl.NumberFormat>();

function cachedDate(
  cache: Map<string, Intl.DateTimeFormat>,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let formatter = cache.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: displayTimeZone, ...options });
    cache.set(locale, formatter);
  }
  return formatter;
}

// Vietnamese officials write dates as 27/11/2026; "27 thg 11, 2026" (vi medium) reads as foreign.
const numericDate: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };

/** An ISO instant or date as a date in the locale: 27/11/2026 (vi) or Nov 27, 2026 (en). */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return cachedDate(dateFormatters, locale, locale === 'vi' ? numericDate : { dateStyle: 'medium' }).format(date);
}

/** An ISO instant as date and time in Vietnam: 10:05 27/11/2026 (vi) or Nov 27, 2026, 10:05 AM (en). */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions =
    locale === 'vi' ? { ...numericDate, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : { dateStyle: 'medium', timeStyle: 'short' };
  return cachedDate(dateTimeFormatters, locale, options).format(date);
}

/** A share from 0 to 1 as a whole percentage: 45 %. */
export function formatPercent(fraction: number, locale: string): string {
  return cached(percentFormatters, locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/**
 * The instant a local date (yyyy-mm-dd from a date input) starts or ends in Vietnam, as ISO 8601
 * with its offset: deadlines and filters are local dates of the province (UTC+7, no daylight saving).
 */
export function localDateBoundary(date: string, boundary: 'start' | 'end'): string {
  return boundary === 'start' ? `${date}T00:00:00+07:00` : `${date}T23:59:59+07:00`;
}

/** Today's date in Vietnam as yyyy-mm-dd, `days` later when given. */
export function localDateInVietnam(days = 0, now: number = Date.now()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: displayTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(now + days * 24 * 60 * 60 * 1000));
  // en-CA writes dates as yyyy-mm-dd, the format of <input type="date">.
  return parts;
}

/** A wait the API asked for (Retry-After), relative: "in 30 seconds" / "sau 30 giây nữa", in minutes from a minute on. */
export function formatWait(seconds: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  return seconds < 60 ? format.format(Math.max(1, seconds), 'second') : format.format(Math.ceil(seconds / 60), 'minute');
}
