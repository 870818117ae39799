import { currentLanguage } from '@/config/i18n';
import { formatPercent } from '@/utils/format';

/** How much of a file has gone up, as a bar named for assistive technology and a percentage for the eye. */
export function UploadProgress({ fraction, label }: { fraction: number; label: string }) {
  return (
    <div className="progress">
      <progress aria-label={label} max={1} value={fraction} />
      <span aria-hidden="true">{formatPercent(fraction, currentLanguage())}</span>
    </div>
  );
}
