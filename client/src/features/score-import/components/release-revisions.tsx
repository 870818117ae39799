import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { formatDateTime, formatInteger } from '@/utils/format';

import { useImportedYears, useReleaseRevisions, type ReleaseRevision } from '../api/get-release-revisions';
import { useRestoreReleaseRevision, type RestoredRevision } from '../api/restore-release-revision';

/** Every revision of a year's release, with who imported which file, and a way back to an earlier one. */
export function ReleaseRevisions() {
  const { t } = useTranslation();
  const headingId = useId();
  const years = useImportedYears();
  const [chosen, setChosen] = useState<number>();
  const available = [...new Set((years.data?.items ?? []).map((r) => r.surveyYear))].sort((a, b) => b - a);
  const year = chosen ?? available[0];

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('scoreImport.revisions.heading')}</h2>
      {years.isError && <ErrorAlert error={years.error} />}
      {years.isSuccess && available.length === 0 && <p>{t('scoreImport.revisions.none')}</p>}
      {year !== undefined && (
        <>
          <label>
            {t('scoreImport.revisions.year')}
            <select value={year} onChange={(event) => setChosen(Number(event.target.value))}>
              {available.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <RevisionsOfYear key={year} year={year} />
        </>
      )}
    </section>
  );
}

function RevisionsOfYear({ year }: { year: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const captionId = useId();
  const revisions = useReleaseRevisions(year);
  const restore = useRestoreReleaseRevision();
  const [restored, setRestored] = useState<RestoredRevision>();

  if (revisions.isError) return <ErrorAlert error={revisions.error} />;
  if (!revisions.data) return <p>{t('common.loading')}</p>;

  const who = (r: ReleaseRevision) =>
    r.userDisplayName ?? (r.apiTokenId != null ? t('scoreImport.revisions.token', { id: r.apiTokenId }) : t('scoreImport.revisions.operator'));

  return (
    <>
      {restored && (
        <p role="status" className="success">
          {t('scoreImport.revisions.restored', { year: restored.surveyYear, from: restored.restoredFrom, revision: restored.revision })}
        </p>
      )}
      {restore.isError && <ErrorAlert error={restore.error} heading={t('scoreImport.revisions.restoreFailed')} />}
      <TableScroll captionId={captionId}>
        <table className="data-table">
          <caption id={captionId}>{t('scoreImport.revisions.caption', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scoreImport.revisions.number')}</th>
              <th scope="col">{t('scoreImport.revisions.source')}</th>
              <th scope="col">{t('scoreImport.revisions.by')}</th>
              <th scope="col">{t('scoreImport.revisions.at')}</th>
              <th scope="col" className="numeric">
                {t('scoreImport.revisions.provinces')}
              </th>
              <th scope="col" className="numeric">
                {t('scoreImport.revisions.valuesChanged')}
              </th>
              <th scope="col">{t('scoreImport.revisions.state')}</th>
            </tr>
          </thead>
          <tbody>
            {revisions.data.map((r) => (
              <tr key={r.number}>
                <th scope="row">{r.number}</th>
                <td>
                  {r.kind === 'Restore' ? t('scoreImport.revisions.restoredFrom', { from: r.restoredFrom, source: r.source }) : r.source}
                  {r.sha256 && <div className="hint" title={r.sha256}>{`SHA-256 ${r.sha256.slice(0, 12)}…`}</div>}
                </td>
                <td>{who(r)}</td>
                <td>{formatDateTime(r.at, language)}</td>
                <td className="numeric">{formatInteger(r.provinces, language)}</td>
                <td className="numeric">{formatInteger(r.valuesChanged, language)}</td>
                <td>
                  {r.isCurrent ? (
                    <span className="badge badge-new">{t('scoreImport.revisions.current')}</span>
                  ) : (
                    <button
                      type="button"
                      disabled={restore.isPending}
                      onClick={() => restore.mutate({ year, revision: r.number }, { onSuccess: setRestored })}
                    >
                      {t('scoreImport.revisions.restore', { revision: r.number })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
