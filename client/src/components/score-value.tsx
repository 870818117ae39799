import { currentLanguage } from '@/config/i18n';
import { formatScore, formatScoreFull } from '@/utils/format';

export interface ScoreValueProps {
  value: number | null | undefined;
}

/**
 * A score to PAPI's two decimals, as its tables print it, with the unrounded value the API gives (and
 * ranks compare) in the tooltip: 48,81 over 48,811383008. A dash when there is no score.
 */
export function ScoreValue({ value }: ScoreValueProps) {
  const language = currentLanguage();
  if (value == null) return <>—</>;
  return <span title={formatScoreFull(value, language)}>{formatScore(value, language)}</span>;
}
