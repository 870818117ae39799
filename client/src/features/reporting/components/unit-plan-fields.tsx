import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { FormField } from '@/components/form-field';
import { currentLanguage } from '@/config/i18n';
import { formatDate } from '@/utils/format';
import { localName } from '@/utils/names';

import type { Attachment } from '../api/attach-report-file';
import type { ReportedAction, UnitPlanDocument } from '../api/get-submission';

export type UnitPlanField = 'number' | 'issuedOn' | 'documentId' | 'committedActionIds';
export const unitPlanFields: readonly UnitPlanField[] = ['number', 'issuedOn', 'documentId', 'committedActionIds'];

/** The parts a unit plan cannot be sent without (the server refuses with 409 otherwise). */
export function missingForSubmission(plan: UnitPlanDocument): UnitPlanField[] {
  const missing: UnitPlanField[] = [];
  if ((plan.number ?? '').trim() === '') missing.push('number');
  if (plan.issuedOn == null) missing.push('issuedOn');
  if (plan.documentId == null) missing.push('documentId');
  return missing;
}

export interface UnitPlanFieldsProps {
  value: UnitPlanDocument;
  onChange: (next: UnitPlanDocument) => void;
  /** The report's files: the signed plan is one of them. */
  attachments: readonly Attachment[];
  actions: readonly ReportedAction[];
  errors: Record<UnitPlanField, readonly string[]>;
  disabled: boolean;
}

/**
 * The unit's implementation plan (kế hoạch triển khai): its number, date, the signed document (one of
 * the attachments) and the actions it commits to. It cannot be sent without number, date and document.
 */
export function UnitPlanFields({ value, onChange, attachments, actions, errors, disabled }: UnitPlanFieldsProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  const committedId = useId();
  const required = <span className="note"> {t('reporting.unitPlan.required')}</span>;
  const change = (patch: Partial<UnitPlanDocument>) => onChange({ ...value, ...patch });

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('reporting.unitPlan.heading')}</h2>
      <p className="hint">{t('reporting.unitPlan.hint')}</p>
      <FormField label={<>{t('reporting.unitPlan.number')}{required}</>} errors={errors.number}>
        {(control) => <input {...control} type="text" value={value.number ?? ''} disabled={disabled} onChange={(event) => change({ number: event.target.value })} />}
      </FormField>
      <FormField label={<>{t('reporting.unitPlan.issuedOn')}{required}</>} errors={errors.issuedOn}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={value.issuedOn ?? ''}
            disabled={disabled}
            onChange={(event) => change({ issuedOn: event.target.value === '' ? null : event.target.value })}
          />
        )}
      </FormField>
      <FormField
        label={<>{t('reporting.unitPlan.document')}{required}</>}
        hint={attachments.length === 0 ? t('reporting.unitPlan.attachFirst') : undefined}
        errors={errors.documentId}
      >
        {(control) => (
          <select
            {...control}
            value={value.documentId ?? ''}
            disabled={disabled}
            onChange={(event) => change({ documentId: event.target.value === '' ? null : Number(event.target.value) })}
          >
            <option value="">{t('reporting.unitPlan.noDocument')}</option>
            {attachments.map((file) => (
              <option key={file.id} value={file.id}>
                {file.fileName}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <fieldset className="form-field" aria-describedby={errors.committedActionIds.length > 0 ? committedId : undefined}>
        <legend>{t('reporting.unitPlan.committed')}</legend>
        {actions.length === 0 && <p className="note">{t('reporting.actions.empty')}</p>}
        {actions.map((action) => (
          <label key={action.actionId} className="checkbox">
            <input
              type="checkbox"
              checked={value.committedActionIds.includes(action.actionId)}
              disabled={disabled}
              onChange={(event) =>
                change({
                  committedActionIds: event.target.checked
                    ? [...value.committedActionIds, action.actionId]
                    : value.committedActionIds.filter((id) => id !== action.actionId),
                })
              }
            />{' '}
            {action.code}. {localName(action.textVi, action.textEn, language)}
          </label>
        ))}
        {errors.committedActionIds.length > 0 && (
          <p id={committedId} className="field-error">
            {errors.committedActionIds.join(' ')}
          </p>
        )}
      </fieldset>
    </section>
  );
}

/** The unit plan as sent: read-only. */
export function UnitPlanSummary({ plan, attachments, actions }: { plan: UnitPlanDocument; attachments: readonly Attachment[]; actions: readonly ReportedAction[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  const document = attachments.find((file) => file.id === plan.documentId);
  const committed = actions.filter((action) => plan.committedActionIds.includes(action.actionId));
  const none = <span className="note">{t('common.emptyValue')}</span>;
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('reporting.unitPlan.heading')}</h2>
      <dl className="facts">
        <dt>{t('reporting.unitPlan.number')}</dt>
        <dd>{plan.number?.trim() || none}</dd>
        <dt>{t('reporting.unitPlan.issuedOn')}</dt>
        <dd>{plan.issuedOn == null ? none : formatDate(plan.issuedOn, language)}</dd>
        <dt>{t('reporting.unitPlan.document')}</dt>
        <dd>{document?.fileName ?? none}</dd>
        <dt>{t('reporting.unitPlan.committed')}</dt>
        <dd>
          {committed.length === 0
            ? none
            : committed.map((action) => `${action.code}. ${localName(action.textVi, action.textEn, language)}`).join('; ')}
        </dd>
      </dl>
    </section>
  );
}
