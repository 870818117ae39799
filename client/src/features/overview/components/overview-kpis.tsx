import { useTranslation } from 'react-i18next';

import { ScoreChange } from '@/components/score-change';
import { ScoreValue } from '@/components/score-value';
import { currentLanguage } from '@/config/i18n';
import { formatInteger } from '@/utils/format';

import type { OverviewYearResult } from '../api/overview-data';

/** The year's headline figures: total, rank of N, group and the change against the year before. */
export function OverviewKpis({ result }: { result: OverviewYearResult }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const total = result.total;
  return (
    <ul className="kpis" aria-label={t('overview.kpis.label', { year: result.surveyYear })}>
      <li>
        {t('overview.kpis.total', { year: result.surveyYear })}
        <span className="kpi-value">
          <ScoreValue value={total.score} />
        </span>
      </li>
      <li>
        {t('overview.kpis.rank')}
        <span className="kpi-value">
          {total.rank == null ? t('scores.notRanked') : `${formatInteger(total.rank, language)}/${formatInteger(total.rankedOf, language)}`}
        </span>
      </li>
      <li>
        {t('overview.kpis.group')}
        <span className="kpi-value">{total.group == null ? '—' : t(`scores.groups.${total.group}`)}</span>
      </li>
      <li>
        {t('overview.kpis.change')}
        <span className="kpi-value">
          <ScoreChange delta={total.delta} rankChange={total.rankChange} unavailableBecause={total.changeUnavailableBecause} />
        </span>
      </li>
    </ul>
  );
}
