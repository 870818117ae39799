import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { YearSelect } from '@/components/year-select';
import { currentLanguage } from '@/config/i18n';
import { comparePath } from '@/config/paths';

import { useProvinceProfile, type ProvinceProfile as ProfileData } from '../api/get-province-profile';
import { provinceName } from '../names';
import { DimensionsTable } from './dimensions-table';
import { EstimatesTable } from './estimates-table';
import { ProfileYearsTable } from './profile-years-table';
import { ProvinceLineage } from './province-lineage';
import { ProvincePicker } from './province-picker';

export interface ProvinceProfileProps {
  provinceId: number;
  /** The index read (PAPI, PCI …). */
  framework: string;
  /** Chooses the index (the route brings the picker); shown beside the province picker. */
  indexPicker?: ReactNode;
  /** The year shown in detail; the latest year with results when not given or not in the profile. */
  year: number | undefined;
  onYearChange: (year: number) => void;
  /** Opens another province's profile. */
  onProvinceChange: (provinceId: number) => void;
  /** Estimates of a merged unit also for years some predecessor was not scored (labelled partial). */
  partial?: boolean;
  onPartialChange?: (partial: boolean) => void;
  /** Draws the merged unit's predecessors and its estimate over the years (the route brings the chart). */
  lineageChart?: (profile: ProfileData, name: string) => ReactNode;
}

/**
 * A province's history on one index: a table of years, and the dimensions of the chosen year; the unit it
 * was merged into, or, for a merged unit, its predecessors and its unofficial estimates.
 */
export function ProvinceProfile({
  provinceId,
  framework,
  indexPicker,
  year,
  onYearChange,
  onProvinceChange,
  partial = false,
  onPartialChange,
  lineageChart,
}: ProvinceProfileProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const profile = useProvinceProfile(provinceId, framework, partial);
  const dimensionsHeadingId = useId();
  const estimatesHeadingId = useId();
  const partialId = useId();

  const picker = <ProvincePicker onPick={(province) => onProvinceChange(province.id)} />;
  const pageTitle = <title>{`${t('provinces.title')} · ${t('app.name')}`}</title>;

  if (profile.isPending) {
    return (
      <>
        {pageTitle}
        <h1>{t('provinces.title')}</h1>
        <Loading />
      </>
    );
  }
  if (profile.isError) {
    return (
      <>
        {pageTitle}
        <h1>{t('provinces.title')}</h1>
        <ErrorAlert error={profile.error} onRetry={() => void profile.refetch()} />
      </>
    );
  }
  if (profile.data === null) {
    return (
      <>
        {pageTitle}
        <h1>{t('provinces.title')}</h1>
        <p className="empty-state">{t('provinces.profile.notFound')}</p>
        {picker}
      </>
    );
  }

  const name = provinceName(profile.data.province, language);
  const years = profile.data.years.map((result) => result.surveyYear).sort((a, b) => b - a);
  const shownYear = year !== undefined && years.includes(year) ? year : years[0];
  const shown = profile.data.years.find((result) => result.surveyYear === shownYear);

  return (
    <>
      <title>{`${name} · ${t('app.name')}`}</title>
      <h1>{name}</h1>
      <p className="lead">
        {t('provinces.profile.subtitle', { index: framework })} ·{' '}
        <Link to={comparePath([profile.data.province.id], shownYear, framework)}>{t('provinces.profile.compare')}</Link>
      </p>
      <div className="toolbar">
        {picker}
        {indexPicker}
      </div>
      <ProvinceLineage profile={profile.data} />
      {profile.data.predecessors.length > 0 && (
        <section aria-labelledby={estimatesHeadingId}>
          <h2 id={estimatesHeadingId}>{t('provinces.estimates.heading', { name })}</h2>
          <p className="note">{t('provinces.estimates.intro', { name })}</p>
          {lineageChart?.(profile.data, name)}
          {onPartialChange && (
            <div className="checkbox">
              <input
                id={partialId}
                type="checkbox"
                checked={partial}
                aria-describedby={`${partialId}-hint`}
                onChange={(event) => onPartialChange(event.target.checked)}
              />
              <label htmlFor={partialId}>{t('provinces.estimates.partial')}</label>
              <span id={`${partialId}-hint`} className="note">
                {t('provinces.estimates.partialHint')}
              </span>
            </div>
          )}
          <EstimatesTable provinceName={name} estimates={profile.data.estimates} />
        </section>
      )}
      {years.length === 0 || shown === undefined ? (
        <p className="empty-state">{t('provinces.profile.noYears', { index: framework })}</p>
      ) : (
        <>
          <ProfileYearsTable provinceName={name} framework={framework} years={profile.data.years} />
          <section aria-labelledby={dimensionsHeadingId}>
            <h2 id={dimensionsHeadingId}>{t('provinces.dimensions.heading', { year: shown.surveyYear })}</h2>
            <YearSelect
              label={t('provinces.dimensions.yearLabel')}
              years={years}
              value={shown.surveyYear}
              onChange={onYearChange}
            />
            <DimensionsTable provinceName={name} result={shown} />
          </section>
        </>
      )}
    </>
  );
}
