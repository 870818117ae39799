import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import type { TranslationResource } from '@/config/locales/vi';
import { formatScoreDelta, formatScoreDeltaFull } from '@/utils/format';
import { isImprovement } from '@/utils/index-scale';

import { useIndexScale } from './index-scale-context';

/** Why a change cannot be given (the API's ChangeUnavailableReason); each has a translation. */
export type ChangeUnavailableReasonKey = keyof TranslationResource['scores']['changeUnavailable'];

export interface ScoreChangeProps {
  delta?: number | null | undefined;
  rankChange?: number | null | undefined;
  unavailableBecause?: ChangeUnavailableReasonKey | null | undefined;
  /** The index's own decimals and direction when the change is not of the page's index (IndexScaleContext). */
  decimals?: number;
  higherIsBetter?: boolean;
}

const dash = '—';

/**
 * A change against the previous year: "+1,25 (tăng 3 bậc)", coloured as better or worse by the index's
 * direction (the sign says how the score moved), or a dash with the translated reason when there is no change to give.
 */
export function ScoreChange({ delta, rankChange, unavailableBecause, decimals, higherIsBetter }: ScoreChangeProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const scale = useIndexScale();
  if (delta == null) {
    return (
      <>
        {dash}
        {unavailableBecause != null && (
          <span className="note"> ({t(`scores.changeUnavailable.${unavailableBecause}`)})</span>
        )}
      </>
    );
  }
  const direction = delta === 0 ? 'delta-same' : isImprovement(delta, higherIsBetter ?? scale?.higherIsBetter ?? true) ? 'delta-up' : 'delta-down';
  let rankText: string | undefined;
  if (rankChange != null) {
    if (rankChange > 0) rankText = t('scores.rankChange.up', { count: rankChange });
    else if (rankChange < 0) rankText = t('scores.rankChange.down', { count: -rankChange });
    else rankText = t('scores.rankChange.same');
  }
  return (
    <>
      <span className={direction} title={formatScoreDeltaFull(delta, language)}>
        {formatScoreDelta(delta, language, decimals ?? scale?.decimals)}
      </span>
      {rankText !== undefined && <span className="note"> ({rankText})</span>}
    </>
  );
}
