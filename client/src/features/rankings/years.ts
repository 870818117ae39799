/** Years with a published PAPI release that the dashboard offers. */
export const firstRankingYear = 2018;
export const lastRankingYear = 2024;
export const defaultRankingYear = 2020;

export const rankingYears: readonly number[] = Array.from(
  { length: lastRankingYear - firstRankingYear + 1 },
  (_, index) => firstRankingYear + index,
);

/** Reads a year from untrusted input such as a query string; anything outside the range gives the default. */
export function parseRankingYear(value: string | null | undefined): number {
  if (value == null || !/^\d{4}$/.test(value)) return defaultRankingYear;
  const year = Number(value);
  return rankingYears.includes(year) ? year : defaultRankingYear;
}
