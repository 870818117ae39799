import { currentLanguage } from '@/config/i18n';
import { formatScore, formatScoreFull } from '@/utils/format';

import { useIndexScale } from './index-scale-context';

export interface ScoreValueProps {
  value: number | null | undefined;
  /** The index's decimals when the value is not of the page's index (IndexScaleContext); else the page's, or two. */
  decimals?: number;
}

/**
 * A score to the decimals its index publishes (PAPI: two, as its tables print it), with the unrounded
 * value the API gives (and ranks compare) in the tooltip: 48,81 over 48,811383008. A dash when there is no score.
 */
export function ScoreValue({ value, decimals }: ScoreValueProps) {
  const language = currentLanguage();
  const scale = useIndexScale();
  if (value == null) return <>—</>;
  return <span title={formatScoreFull(value, language)}>{formatScore(value, language, decimals ?? scale?.decimals)}</span>;
}
