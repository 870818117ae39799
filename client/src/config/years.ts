/**
 * PAPI's survey years, offered while the catalogue (each index's release years, GET /frameworks) loads,
 * and its usual year when the address names none.
 */
export const firstSurveyYear = 2018;
export const lastSurveyYear = 2024;
export const defaultSurveyYear = 2020;

export const surveyYears: readonly number[] = Array.from(
  { length: lastSurveyYear - firstSurveyYear + 1 },
  (_, index) => firstSurveyYear + index,
);
