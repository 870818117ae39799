import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { FormField } from '@/components/form-field';
import { currentLanguage } from '@/config/i18n';
import { fieldErrorsOf } from '@/lib/field-errors';

import { useOrgUnitTree, type OrgUnitNode } from '../api/get-org-unit-tree';
import { useMergeOrgUnits } from '../api/merge-org-units';
import type { OrgUnit } from '../api/search-org-units';
import { unitName } from '../names';
import { MergeConfirmation } from './merge-confirmation';
import { MergeUnitList } from './merge-unit-list';
import { MergedNotice } from './merged-notice';
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

/**
 * Merges units into a successor (sáp nhập) from a date, in two steps: the reader chooses, then
 * confirms after reading what the merge does (<MergeConfirmation>). Errors show as the API words them.
 */
export function MergeUnits({ unitId, onClose }: MergeUnitsProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const tree = useOrgUnitTree();
  const merge = useMergeOrgUnits();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const successorErrorId = useId();
  const [unitIds, setUnitIds] = useState<readonly number[]>([unitId]);
  const [successorId, setSuccessorId] = useState<number | null>(null);
  const [effectiveOn, setEffectiveOn] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [missing, setMissing] = useState<ReadonlySet<Field>>(new Set());
  // Bumped after adding a unit, to empty the "also merge" picker.
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    headingRef.current?.focus();
  }, [unitId]);

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
        <MergedNotice
          units={merge.data.map((unit) => unitName(unit, language))}
          successor={name(merge.variables.successorId)}
          effectiveOn={merge.variables.effectiveOn}
          onClose={onClose}
        />
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
            <MergeUnitList
              unitIds={unitIds}
              name={name}
              errors={apiErrors.byField.unitIds}
              onRemove={(id) => change(() => setUnitIds((current) => current.filter((other) => other !== id)))}
            />
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
            <MergeConfirmation
              unitIds={unitIds}
              successorId={successorId}
              effectiveOn={effectiveOn}
              name={name}
              childrenOf={(id) => known.get(id)?.children ?? 0}
              pending={merge.isPending}
              onConfirm={confirm}
              onBack={() => setConfirming(false)}
            />
          )}
        </>
      )}
    </section>
  );
}
