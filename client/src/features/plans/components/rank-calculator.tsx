import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { FormField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { ScoreValue } from '@/components/score-value';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { surveyYears } from '@/config/years';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';
import { fieldErrorsOf } from '@/lib/field-errors';
import { formatInteger, formatScore, formatScoreDelta, formatScoreDeltaFull, formatScoreFull } from '@/utils/format';
import { localName } from '@/utils/names';

import { useRankCalculation, type RankCalculation } from '../api/get-rank-calculator';

const dash = '—';

export interface RankCalculatorProps {
  planId: number;
  /** One of the plan's indices; its lead index when not given. */
  framework: string | undefined;
  /** The rank to start from: the plan's rank target, when it has one. */
  initialRank: number;
}

/** A planning aid: what it took to reach rank K in a release, and how far the province is from it. */
export function RankCalculator({ planId, framework, initialRank }: RankCalculatorProps) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [asked, setAsked] = useState<{ rank: number; year: number | undefined }>({ rank: initialRank, year: undefined });
  const [rank, setRank] = useState(String(initialRank));
  const [year, setYear] = useState('');
  const calculation = useRankCalculation(planId, asked.rank, asked.year, framework);
  const errors = fieldErrorsOf(calculation.error, ['rank', 'year']);
  useFocusFirstInvalid(form, calculation.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAsked({ rank: rank.trim() === '' ? 0 : Number(rank), year: year === '' ? undefined : Number(year) });
  }

  return (
    <>
      <form ref={form} className="filter-form" onSubmit={submit} noValidate aria-label={t('gaps.rank.formLabel')}>
        <FormField label={t('gaps.rank.rank')} errors={errors.byField.rank}>
          {(control) => <input {...control} type="number" inputMode="numeric" min={1} step={1} value={rank} onChange={(event) => setRank(event.target.value)} />}
        </FormField>
        <FormField label={t('gaps.rank.year')} errors={errors.byField.year}>
          {(control) => (
            <select {...control} value={year} onChange={(event) => setYear(event.target.value)}>
              <option value="">{t('gaps.rank.latest')}</option>
              {[...surveyYears].reverse().map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit">{t('gaps.rank.calculate')}</button>
        </div>
      </form>
      {calculation.isPending ? (
        <Loading />
      ) : calculation.isError ? (
        errors.any ? null : <ErrorAlert error={calculation.error} showFieldErrors />
      ) : (
        <CalculationResult result={calculation.data} />
      )}
    </>
  );
}

function CalculationResult({ result }: { result: RankCalculation }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const captionId = useId();
  const headingId = useId();
  const full = (value: number) => formatScoreFull(value, language);
  return (
    <section aria-labelledby={headingId} aria-live="polite">
      <h2 id={headingId}>{t('gaps.rank.resultHeading', { rank: result.rank, of: result.rankedOf, year: result.surveyYear })}</h2>
      <ul>
        <li title={full(result.scoreAtRank)}>{t('gaps.rank.atRank', { rank: result.rank, province: result.provinceAtRankVi, score: formatScore(result.scoreAtRank, language) })}</li>
        {result.provinceScore != null && (
          <li title={full(result.provinceScore)}>
            {t('gaps.rank.province', {
              score: formatScore(result.provinceScore, language),
              rank: result.provinceRank == null ? dash : formatInteger(result.provinceRank, language),
            })}
          </li>
        )}
        {result.gapToRank != null && (
          <li title={full(result.gapToRank)}>
            {result.gapToRank > 0
              ? t('gaps.rank.gap', { gap: formatScore(result.gapToRank, language) })
              : t('gaps.rank.reached')}
          </li>
        )}
        {result.nationalAverageChange != null && result.scoreNeededIfOthersMoveByAverage != null && (
          <li
            title={`${formatScoreDeltaFull(result.nationalAverageChange, language)} → ${full(result.scoreNeededIfOthersMoveByAverage)}`}
          >
            {t('gaps.rank.sensitivity', {
              change: formatScoreDelta(result.nationalAverageChange, language),
              needed: formatScore(result.scoreNeededIfOthersMoveByAverage, language),
            })}
          </li>
        )}
      </ul>
      <p className="note">{language === 'en' ? result.noteEn : result.noteVi}</p>
      <TableScroll captionId={captionId}>
        <table className="data-table">
          <caption id={captionId}>{t('gaps.rank.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gaps.rank.code')}</th>
              <th scope="col">{t('gaps.rank.dimension')}</th>
              <th scope="col" className="numeric">
                {t('gaps.rank.provinceScore')}
              </th>
              <th scope="col" className="numeric">
                {t('gaps.rank.atRankScore', { rank: result.rank })}
              </th>
              <th scope="col" className="numeric">
                {t('gaps.rank.best')}
              </th>
              <th scope="col" className="numeric">
                {t('gaps.rank.gapToRank')}
              </th>
              <th scope="col" className="numeric">
                {t('gaps.rank.gapToBest')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.dimensions.map((dimension) => (
              <tr key={dimension.code}>
                <td>{dimension.code}</td>
                <th scope="row">{localName(dimension.nameVi, dimension.nameEn, language)}</th>
                {[dimension.provinceScore, dimension.atRank, dimension.best, dimension.gapToRank, dimension.gapToBest].map((value, column) => (
                  <td key={column} className="numeric">
                    <ScoreValue value={value} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
