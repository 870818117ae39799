const scoreFormatters = new Map<string, Intl.NumberFormat>();
const signedScoreFormatters = new Map<string, Intl.NumberFormat>();
const integerFormatters = new Map<string, Intl.NumberFormat>();

function cached(
  cache: Map<string, Intl.NumberFormat>,
  locale: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  let formatter = cache.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    cache.set(locale, formatter);
  }
  return formatter;
}

/** A PAPI score with exactly two decimals in the locale's notation: 44,32 (vi) or 44.32 (en). */
export function formatScore(value: number, locale: string): string {
  return cached(scoreFormatters, locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/** A score difference with an explicit sign: +1,25 / -1,72 / 0,00. */
export function formatScoreDelta(value: number, locale: string): string {
  return cached(signedScoreFormatters, locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(value);
}

export function formatInteger(value: number, locale: string): string {
  return cached(integerFormatters, locale, { maximumFractionDigits: 0 }).format(value);
}

/** Compares names the way a reader of `locale` expects (Vietnamese letters sort after their base letter in vi). */
export function compareNames(a: string, b: string, locale: string): number {
  return a.localeCompare(b, locale);
}
