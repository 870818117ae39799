import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { FormField } from '@/components/form-field';
import { currentLanguage } from '@/config/i18n';
import { fieldErrorsOf } from '@/lib/field-errors';
import { formatDate } from '@/utils/format';

import { useOrgUnitTree, type OrgUnitNode } from '../api/get-org-unit-tree';
import { useMergeOrgUnits } from '../api/merge-org-units';
import type { OrgUnit } from '../api/search-org-units';
import { unitName } from '../names';
import { UnitPicker } from './unit-picker';

export interface MergeUnitsProps {
  /** The unit the reader chose to merge; more can be added. */
  unitId: number;
  onClose: () => void;
}

type Field = 'unitIds' | 'successorId' | 'effectiveOn';
const fields: readonly Field[] = ['unitIds', 'successorId', 'effectiveOn'];

interface Known {
  unit: OrgUnit;
  /** How many active sub-units it has: a unit with any cannot be merged away. */
  children: number;
}

/** Every unit of the tree by id, so the form can name the units chosen by id. */
function indexTree(nodes: readonly OrgUnitNode[], into = new Map<number, Known>()): Map<number, Known> {
  for (const { unit, children } of nodes) {
    into.set(unit.id, { unit, children: children.length });
    indexTree(children, into);
  }
  return into;
}

/** The day before a yyyy-mm-dd date: the merged units' last day. */
function dayBefore(date: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

/**
 * Merges units into a successor (sáp nhập) from a date, in two steps: the reader chooses, then
 * confirms after reading what the merge does — which units end on which day, who takes over their
 * reporting, and which of them still have sub-units (the API refuses those). Errors show as the API
 * words them.
 */
export function MergeUnits({ unitId, onClose }: MergeUnitsProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const tree = useOrgUnitTree();
  const merge = useMergeOrgUnits();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const unitsHeadingId = useId();
  const confirmHeadingId = useId();
  const successorErrorId = useId();
  const [unitIds, setUnitIds] = useState<readonly number[]>([unitId]);
  const [successorId, setSuccessorId] = useState<number | null>(null);
  const [effectiveOn, setEffectiveOn] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [missing, setMissing] = useState<ReadonlySet<Field>>(new Set());
  // Bumped after adding a unit, to empty the "also merge" picker.
  const [generation, setGeneration] = useState(0);

  const confirmRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, [unitId]);

  // The confirmation is read before anything is sent: take the reader there.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  /** Any change to the choice asks for a fresh confirmation. */
  function change(apply: () => void) {
    setConfirming(false);
    apply();
  }

  const known = indexTree(tree.data ?? []);
  const name = (id: number) => {
    const unit = known.get(id)?.unit;
    return unit ? unitName(unit, language) : `#${id}`;
  };
  const apiErrors = fieldErrorsOf(merge.error, fields);
  const errorsOf = (field: Field, required: string): readonly string[] =>
    missing.has(field) ? [required, ...apiErrors.byField[field]] : apiErrors.byField[field];
  const successorErrors = errorsOf('successorId', t('units.merge.successorRequired'));

  function review(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const absent = new Set<Field>();
    if (successorId === null) absent.add('successorId');
    if (effectiveOn === '') absent.add('effectiveOn');
    setMissing(absent);
    if (absent.size === 0) {
      merge.reset();
      setConfirming(true);
    }
  }

  function confirm() {
    if (successorId === null || merge.isPending) return;
    merge.mutate({ unitIds: [...unitIds], successorId, effectiveOn }, { onSettled: () => setConfirming(false) });
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('units.merge.heading')}
      </h2>
      {merge.isSuccess ? (
        <>
          <p role="status" className="success">
            {t('units.merge.merged', {
              units: merge.data.map((unit) => unitName(unit, language)).join(', '),
              successor: name(merge.variables.successorId),
              date: formatDate(merge.variables.effectiveOn, language),
            })}
          </p>
          <div className="form-actions">
            <button type="button" onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
        </>
      ) : (
        <>
          <form className="stacked-form" onSubmit={review} noValidate>
            {merge.isError && (
              <ErrorAlert error={merge.error} heading={t('units.merge.failed')}>
                {apiErrors.other.length > 0 && (
                  <ul>
                    {apiErrors.other.map((message) => (
                      <li key={message}>{message}</li>
                    ))}
                  </ul>
                )}
              </ErrorAlert>
            )}
            <h3 id={unitsHeadingId}>{t('units.merge.units')}</h3>
            <ul aria-labelledby={unitsHeadingId}>
              {unitIds.map((id) => (
                <li key={id}>
                  {name(id)}{' '}
                  {unitIds.length > 1 && (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('units.merge.removeUnit', { name: name(id) })}
                      onClick={() => change(() => setUnitIds((current) => current.filter((other) => other !== id)))}
                    >
                      {t('units.merge.remove')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
            {apiErrors.byField.unitIds.length > 0 && <p className="field-error">{apiErrors.byField.unitIds.join(' ')}</p>}
            <div className="form-field">
              <UnitPicker
                key={generation}
                label={t('units.merge.addUnit')}
                onChange={(id) => {
                  if (id === null) return;
                  change(() => setUnitIds((current) => (current.includes(id) ? current : [...current, id])));
                  setGeneration((current) => current + 1);
                }}
              />
            </div>
            <div className="form-field">
              <UnitPicker
                label={t('units.merge.successor')}
                hint={t('units.merge.successorHint')}
                onChange={(id) => change(() => setSuccessorId(id))}
                invalid={successorErrors.length > 0}
                describedBy={successorErrors.length > 0 ? successorErrorId : undefined}
              />
              {successorErrors.length > 0 && (
                <p id={successorErrorId} className="field-error">
                  {successorErrors.join(' ')}
                </p>
              )}
            </div>
            <FormField label={t('units.merge.effectiveOn')} errors={errorsOf('effectiveOn', t('units.merge.effectiveOnRequired'))}>
              {(control) => (
                <input {...control} type="date" required value={effectiveOn} onChange={(event) => change(() => setEffectiveOn(event.target.value))} />
              )}
            </FormField>
            <div className="form-actions">
              <button type="submit">{t('units.merge.review')}</button>
              <button type="button" onClick={onClose}>
                {t('common.close')}
              </button>
            </div>
          </form>
          {confirming && successorId !== null && (
            <section className="merge-confirmation" aria-labelledby={confirmHeadingId}>
              <h3 id={confirmHeadingId} ref={confirmRef} tabIndex={-1}>
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
                .filter((id) => (known.get(id)?.children ?? 0) > 0)
                .map((id) => (
                  <p key={id} className="field-error">
                    {t('units.merge.hasChildren', { name: name(id), count: known.get(id)?.children ?? 0 })}
                  </p>
                ))}
              <div className="form-actions">
                <button type="button" onClick={confirm} aria-busy={merge.isPending || undefined}>
                  {merge.isPending ? t('units.merge.merging') : t('units.merge.confirm')}
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  {t('units.merge.back')}
                </button>
              </div>
            </section>
          )}
        </>
      )}
    </section>
  );
}
