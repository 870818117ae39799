import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { formatInteger, formatPercent } from '@/utils/format';

import type { ImportedYear, ReleaseChanges } from '../api/import-score-release';

/** What each year of a file changes against the release in force: provinces, values, ranks, and why it needs a confirmation. */
export function ImportPreview({ years }: { years: readonly ImportedYear[] }) {
  return (
    <>
      {[...years]
        .sort((a, b) => a.surveyYear - b.surveyYear)
        .map((year) => (
          <YearPreview key={year.surveyYear} year={year} />
        ))}
    </>
  );
}

function YearPreview({ year }: { year: ImportedYear }) {
  const { t } = useTranslation();
  const headingId = useId();
  const changes = year.changes;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {year.replaced
          ? t('scoreImport.preview.replaces', { year: year.surveyYear, revision: year.revision, previous: year.revision - 1 })
          : t('scoreImport.preview.first', { year: year.surveyYear })}
      </h3>
      {changes.needsConfirmation && (
        <ul className="warnings" aria-label={t('scoreImport.preview.reasons')}>
          {changes.confirmationReasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {year.replaced && <ChangeSummary changes={changes} />}
      {changes.rankMoves.length > 0 && <RankMoves changes={changes} year={year.surveyYear} />}
    </section>
  );
}

function ChangeSummary({ changes }: { changes: ReleaseChanges }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const names = (provinces: ReleaseChanges['provincesAdded']) =>
    provinces.length === 0 ? t('scoreImport.preview.none') : provinces.map((p) => p.nameVi).join(', ');
  return (
    <dl className="facts">
      <dt>{t('scoreImport.preview.added')}</dt>
      <dd>{names(changes.provincesAdded)}</dd>
      <dt>{t('scoreImport.preview.removed')}</dt>
      <dd>{names(changes.provincesRemoved)}</dd>
      <dt>{t('scoreImport.preview.changed')}</dt>
      <dd>{names(changes.provincesChanged)}</dd>
      <dt>{t('scoreImport.preview.values')}</dt>
      <dd>
        {t('scoreImport.preview.valuesChanged', {
          changed: formatInteger(changes.valuesChanged, language),
          before: formatInteger(changes.valuesBefore, language),
          share: formatPercent(changes.shareOfValuesChanged, language),
        })}
      </dd>
    </dl>
  );
}

function RankMoves({ changes, year }: { changes: ReleaseChanges; year: number }) {
  const { t } = useTranslation();
  const captionId = useId();
  const rank = (value: number | null | undefined) => (value == null ? t('scoreImport.preview.unranked') : String(value));
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table">
        <caption id={captionId}>{t('scoreImport.preview.rankMoves', { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scoreImport.preview.province')}</th>
            <th scope="col" className="numeric">
              {t('scoreImport.preview.rankBefore')}
            </th>
            <th scope="col" className="numeric">
              {t('scoreImport.preview.rankAfter')}
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.rankMoves.map((move) => (
            <tr key={move.provinceId}>
              <th scope="row">{move.provinceNameVi}</th>
              <td className="numeric">{rank(move.before)}</td>
              <td className="numeric">{rank(move.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
