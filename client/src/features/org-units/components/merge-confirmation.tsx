import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import { formatDate } from '@/utils/format';

/** The day before a yyyy-mm-dd date: the merged units' last day. */
function dayBefore(date: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

export interface MergeConfirmationProps {
  unitIds: readonly number[];
  successorId: number;
  effectiveOn: string;
  name: (id: number) => string;
  /** How many active sub-units a unit has (the API refuses to merge one that has any). */
  childrenOf: (id: number) => number;
  pending: boolean;
  onConfirm: () => void;
  onBack: () => void;
}

/**
 * What the merge does, read before anything is sent: which units end on which day, who takes over their
 * reporting, and which of them still have sub-units. It takes the reader's focus when it appears.
 */
export function MergeConfirmation({ unitIds, successorId, effectiveOn, name, childrenOf, pending, onConfirm, onBack }: MergeConfirmationProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section className="merge-confirmation" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('units.merge.confirmHeading')}
      </h3>
      <p>{t('units.merge.ending', { date: formatDate(dayBefore(effectiveOn), language) })}</p>
      <ul>
        {unitIds.map((id) => (
          <li key={id}>{name(id)}</li>
        ))}
      </ul>
      <p>{t('units.merge.takesOver', { successor: name(successorId), date: formatDate(effectiveOn, language) })}</p>
      <p>{t('units.merge.historyStays')}</p>
      {unitIds
        .filter((id) => childrenOf(id) > 0)
        .map((id) => (
          <p key={id} className="field-error">
            {t('units.merge.hasChildren', { name: name(id), count: childrenOf(id) })}
          </p>
        ))}
      <div className="form-actions">
        <button type="button" onClick={onConfirm} aria-busy={pending || undefined}>
          {pending ? t('units.merge.merging') : t('units.merge.confirm')}
        </button>
        <button type="button" onClick={onBack}>
          {t('units.merge.back')}
        </button>
      </div>
    </section>
  );
}
