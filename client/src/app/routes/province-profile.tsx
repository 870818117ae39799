import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';

import { IndexScaleContext } from '@/components/index-scale-context';
import { currentLanguage } from '@/config/i18n';
import { provincePath } from '@/config/paths';
import { FrameworkPicker } from '@/features/frameworks/components/framework-picker';
import { parseFramework, withFramework } from '@/features/frameworks/framework-param';
import { useChosenIndex } from '@/features/frameworks/hooks/use-chosen-index';
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
  const index = useChosenIndex(parseFramework(searchParams.get('framework')), year);

  if (id === undefined) {
    return (
      <>
        <h1>{t('provinces.title')}</h1>
        <p className="empty-state">{t('provinces.profile.notFound')}</p>
      </>
    );
  }
  const change = (next: { framework?: string; year?: number; partial?: boolean }) => {
    const params = new URLSearchParams(searchParams);
    if (next.framework !== undefined) withFramework(params, next.framework);
    if (next.year !== undefined) params.set('year', String(next.year));
    if (next.partial !== undefined) {
      if (next.partial) params.set('partial', 'true');
      else params.delete('partial');
    }
    setSearchParams(params, { replace: true });
  };
  return (
    <IndexScaleContext value={index.scale}>
      <ProvinceProfile
        key={id}
        provinceId={id}
        framework={index.code}
        indexPicker={<FrameworkPicker value={index.code} year={year} onChange={(framework) => change({ framework })} />}
        year={year}
        onYearChange={(next) => change({ year: next })}
        onProvinceChange={(next) => void navigate(provincePath(next, year, index.code))}
        partial={partial}
        onPartialChange={(next) => change({ partial: next })}
        lineageChart={(profile, name) => <LineageChart lines={lineageLines(profile, name, t('provinces.estimates.chartSeries', { name }))} />}
      />
    </IndexScaleContext>
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
