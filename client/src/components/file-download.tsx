import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { currentLanguage } from '@/config/i18n';
import { formatInteger } from '@/utils/format';

export interface FileDownloadProps {
  fileName: string;
  sizeBytes: number;
  /** Fetches the file with the session's token and saves it (see lib/download). */
  download: () => Promise<void>;
}

/** A stored file: a button that downloads it, its size, and why it could not be downloaded. */
export function FileDownload({ fileName, sizeBytes, download }: FileDownloadProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [failed, setFailed] = useState<unknown>(undefined);
  const kb = Math.max(1, Math.round(sizeBytes / 1024));
  return (
    <>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          setFailed(undefined);
          download().catch(setFailed);
        }}
      >
        {t('common.download.file', { name: fileName })}
      </button>{' '}
      <span className="note">({t('common.download.size', { kb: formatInteger(kb, language) })})</span>
      {failed !== undefined && <ErrorAlert error={failed} heading={t('common.download.failed')} />}
    </>
  );
}
