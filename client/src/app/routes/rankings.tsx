import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { IndexScaleContext } from '@/components/index-scale-context';
import { Loading } from '@/components/loading';
import { YearSelect } from '@/components/year-select';
import { FrameworkPicker } from '@/features/frameworks/components/framework-picker';
import { parseFramework, withFramework } from '@/features/frameworks/framework-param';
import { useChosenIndex } from '@/features/frameworks/hooks/use-chosen-index';
import { restructuring2025, type RankingView } from '@/features/rankings/api/get-rankings';
import { YearRankings } from '@/features/rankings/components/year-rankings';
import { parsePositiveInt } from '@/utils/parse';

/** Years scored before the 2025 restructuring can also be ranked as the 34 units that followed it. */
function offersEstimatedView(year: number): boolean {
  return year < Number(restructuring2025.slice(0, 4));
}

export function RankingsRoute() {
  const { t } = useTranslation();
  const viewId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const index = useChosenIndex(parseFramework(searchParams.get('framework')), parsePositiveInt(searchParams.get('year')));
  const year = index.year;
  // Only the one restructuring the page offers is read from the address; anything else is the official view.
  const estimated = offersEstimatedView(year) && searchParams.get('as') === restructuring2025;
  const partial = estimated && searchParams.get('partial') === 'true';
  const view: RankingView = estimated ? { kind: 'estimated', asOf: restructuring2025, partial } : { kind: 'official' };

  const show = (next: { framework?: string; year?: number; estimated?: boolean; partial?: boolean }) => {
    // Another index has its own years: it opens on its usual one (the latest, PAPI's 2020).
    const params = withFramework(new URLSearchParams(next.framework === undefined ? { year: String(next.year ?? year) } : {}), next.framework ?? index.code);
    if (next.estimated ?? estimated) {
      params.set('as', restructuring2025);
      if (next.partial ?? partial) params.set('partial', 'true');
    }
    setSearchParams(params);
  };

  return (
    <>
      <title>{`${t('rankings.title', { index: index.code })} · ${t('app.name')}`}</title>
      <h1>{t('rankings.title', { index: index.code })}</h1>
      <div className="toolbar">
        <FrameworkPicker value={index.code} year={year} onChange={(framework) => show({ framework, estimated: false })} />
        <YearSelect value={year} years={index.years} onChange={(next) => show({ year: next })} />
        {offersEstimatedView(year) && (
          <fieldset className="segmented">
            <legend>{t('rankings.view.label')}</legend>
            <div className="checkbox">
              <input
                id={`${viewId}-official`}
                type="radio"
                name={viewId}
                checked={!estimated}
                onChange={() => show({ estimated: false })}
              />
              <label htmlFor={`${viewId}-official`}>{t('rankings.view.official')}</label>
            </div>
            <div className="checkbox">
              <input
                id={`${viewId}-estimated`}
                type="radio"
                name={viewId}
                checked={estimated}
                onChange={() => show({ estimated: true })}
              />
              <label htmlFor={`${viewId}-estimated`}>{t('rankings.view.estimated')}</label>
            </div>
          </fieldset>
        )}
        {estimated && (
          <div className="checkbox">
            <input
              id={`${viewId}-partial`}
              type="checkbox"
              checked={partial}
              aria-describedby={`${viewId}-partial-hint`}
              onChange={(event) => show({ partial: event.target.checked })}
            />
            <label htmlFor={`${viewId}-partial`}>{t('provinces.estimates.partial')}</label>
            <span id={`${viewId}-partial-hint`} className="note">
              {t('provinces.estimates.partialHint')}
            </span>
          </div>
        )}
      </div>
      {index.isPending && index.framework === undefined ? (
        <Loading />
      ) : (
        <IndexScaleContext value={index.scale}>
          <YearRankings year={year} framework={index.code} view={view} />
        </IndexScaleContext>
      )}
    </>
  );
}
