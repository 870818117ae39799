import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface MergeUnitListProps {
  unitIds: readonly number[];
  name: (id: number) => string;
  /** Field errors the API gave for the units chosen. */
  errors: readonly string[];
  onRemove: (id: number) => void;
}

/** The units chosen to merge; any but the last can be taken off again. */
export function MergeUnitList({ unitIds, name, errors, onRemove }: MergeUnitListProps) {
  const { t } = useTranslation();
  const headingId = useId();

  return (
    <>
      <h3 id={headingId}>{t('units.merge.units')}</h3>
      <ul aria-labelledby={headingId}>
        {unitIds.map((id) => (
          <li key={id}>
            {name(id)}{' '}
            {unitIds.length > 1 && (
              <button type="button" className="link-button" aria-label={t('units.merge.removeUnit', { name: name(id) })} onClick={() => onRemove(id)}>
                {t('units.merge.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {errors.length > 0 && <p className="field-error">{errors.join(' ')}</p>}
    </>
  );
}
