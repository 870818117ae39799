import { defaultFramework } from '@/config/frameworks';
import { defaultSurveyYear, surveyYears } from '@/config/years';
import { scaleOf, type IndexScale } from '@/utils/index-scale';

import { useScoredFrameworks, type Framework } from '../api/get-frameworks';

export interface ChosenIndex {
  /** The index's code as the address names it. */
  code: string;
  /** Undefined while the catalogue loads, or when no release of that index exists. */
  framework: Framework | undefined;
  /** The years to offer: the index's releases, oldest first (PAPI's known years while the catalogue loads). */
  years: readonly number[];
  /** The year to show: the one asked for when the index has it, else PAPI's usual year, else the index's latest. */
  year: number;
  /** Null until the framework is known. */
  scale: IndexScale | null;
  /** The catalogue is still loading: the years are not known yet. */
  isPending: boolean;
}

/** Resolves the index and year an address asks for against the indices that have releases. */
export function useChosenIndex(code: string, askedYear: number | undefined): ChosenIndex {
  const frameworks = useScoredFrameworks();
  const framework = frameworks.data?.find((candidate) => candidate.code === code);
  const years = framework?.releaseYears ?? (code === defaultFramework ? surveyYears : []);
  const year = chooseYear(code, askedYear, years);
  return { code, framework, years, year, scale: framework ? scaleOf(framework, year) : null, isPending: frameworks.isPending };
}

/** `years` empty: not known yet, so the year asked for stands. */
export function chooseYear(code: string, asked: number | undefined, years: readonly number[]): number {
  if (asked !== undefined && (years.length === 0 || years.includes(asked))) return asked;
  if (years.length === 0 || (code === defaultFramework && years.includes(defaultSurveyYear))) return defaultSurveyYear;
  return Math.max(...years);
}
