import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import type { TranslationResource } from '@/config/locales/vi';
import { formatScoreDelta, formatScoreDeltaFull } from '@/utils/format';

/** Why a change cannot be given (the API's ChangeUnavailableReason); each has a translation. */
export type ChangeUnavailableReasonKey = keyof TranslationResource['scores']['changeUnavailable'];

export interface ScoreChangeProps {
  delta?: number | null | undefined;
  rankChange?: number | null | undefined;
  unavailableBecause?: ChangeUnavailableReasonKey | null | undefined;
}

const dash = '—';

/**
 * A change against the previous year: "+1,25 (tăng 3 bậc)", coloured by direction (the sign says
 * it too), or a dash with the translated reason when there is no change to give.
 */
export function ScoreChange({ delta, rankChange, unavailableBecause }: ScoreChangeProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
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
  const direction = delta > 0 ? 'delta-up' : delta < 0 ? 'delta-down' : 'delta-same';
  let rankText: string | undefined;
  if (rankChange != null) {
    if (rankChange > 0) rankText = t('scores.rankChange.up', { count: rankChange });
    else if (rankChange < 0) rankText = t('scores.rankChange.down', { count: -rankChange });
    else rankText = t('scores.rankChange.same');
  }
  return (
    <>
      <span className={direction} title={formatScoreDeltaFull(delta, language)}>
        {formatScoreDelta(delta, language)}
      </span>
      {rankText !== undefined && <span className="note"> ({rankText})</span>}
    </>
  );
}
