/** Survey years with a published PAPI release that the dashboard offers (rankings, comparison). */
export const firstSurveyYear = 2018;
export const lastSurveyYear = 2024;
export const defaultSurveyYear = 2020;

export const surveyYears: readonly number[] = Array.from(
  { length: lastSurveyYear - firstSurveyYear + 1 },
  (_, index) => firstSurveyYear + index,
);

/** Reads a year from untrusted input such as a query string; anything outside the range gives `fallback`. */
export function parseSurveyYear(value: string | null | undefined, fallback: number = defaultSurveyYear): number {
  if (value == null || !/^\d{4}$/.test(value)) return fallback;
  const year = Number(value);
  return surveyYears.includes(year) ? year : fallback;
}
