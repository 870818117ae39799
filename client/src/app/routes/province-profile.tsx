import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';

import { currentLanguage } from '@/config/i18n';
import { provincePath } from '@/config/paths';
import { LineageChart, type LineageLine } from '@/features/overview/components/lineage-chart';
import type { ProvinceProfile as ProfileData } from '@/features/provinces/api/get-province-profile';
import { ProvinceProfile } from '@/features/provinces/components/province-profile';
import { provinceName } from '@/features/provinces/names';
import { parsePositiveInt } from '@/utils/parse';

export function ProvinceProfileRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { provinceId } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const id = parsePositiveInt(provinceId);
  const year = parsePositiveInt(searchParams.get('year'));
  const partial = searchParams.get('partial') === 'true';

  if (id === undefined) {
    return (
      <>
        <h1>{t('provinces.title')}</h1>
        <p className="empty-state">{t('provinces.profile.notFound')}</p>
      </>
    );
  }
  const change = (next: { year?: number; partial?: boolean }) => {
    const params = new URLSearchParams(searchParams);
    if (next.year !== undefined) params.set('year', String(next.year));
    if (next.partial !== undefined) {
      if (next.partial) params.set('partial', 'true');
      else params.delete('partial');
    }
    setSearchParams(params, { replace: true });
  };
  return (
    <ProvinceProfile
      key={id}
      provinceId={id}
      year={year}
      onYearChange={(next) => change({ year: next })}
      onProvinceChange={(next) => void navigate(provincePath(next, year))}
      partial={partial}
      onPartialChange={(next) => change({ partial: next })}
      lineageChart={(profile, name) => <LineageChart lines={lineageLines(profile, name, t('provinces.estimates.chartSeries', { name }))} />}
    />
  );
}

/** The predecessors' official totals, the unit's own official totals if any, and its estimate last. */
function lineageLines(profile: ProfileData, name: string, estimateName: string): LineageLine[] {
  const language = currentLanguage();
  const totals = (years: ProfileData['years']) => new Map(years.map((result) => [result.surveyYear, result.total.score ?? null]));
  const lines: LineageLine[] = profile.predecessors.map((predecessor) => ({
    name: provinceName(predecessor.province, language),
    estimate: false,
    scores: totals(predecessor.years),
  }));
  if (profile.years.length > 0) lines.push({ name, estimate: false, scores: totals(profile.years) });
  lines.push({ name: estimateName, estimate: true, scores: totals(profile.estimates.map((estimated) => estimated.result)) });
  return lines;
}
