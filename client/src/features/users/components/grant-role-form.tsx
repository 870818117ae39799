import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { FormField } from '@/components/form-field';
import { currentLanguage } from '@/config/i18n';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';
import { fieldErrorsOf } from '@/lib/field-errors';
import type { RenderUnitPicker } from '@/types/unit-picker';
import { localName } from '@/utils/names';

import type { User } from '../api/get-users';
import { roleHeldEverywhere, roles, useGrantRole, type Role } from '../api/grant-role';

type Field = 'role' | 'unitId';
const fields: readonly Field[] = ['role', 'unitId'];

export interface GrantRoleFormProps {
  user: User;
  renderUnitPicker: RenderUnitPicker;
  onClose: () => void;
}

/** Gives `user` a role at a unit (and the units below it), or the system admin role everywhere. */
export function GrantRoleForm({ user, renderUnitPicker, onClose }: GrantRoleFormProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const grant = useGrantRole();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const unitErrorId = useId();
  const [role, setRole] = useState<Role>('Viewer');
  const [unitId, setUnitId] = useState<number | null>(null);
  const [unitMissing, setUnitMissing] = useState(false);
  const [refusedHere, setRefusedHere] = useState(0);
  const errors = fieldErrorsOf(grant.error, fields);
  useFocusFirstInvalid(formRef, grant.error ?? (refusedHere > 0 ? refusedHere : null));
  const everywhere = role === roleHeldEverywhere;

  useEffect(() => {
    headingRef.current?.focus();
  }, [user.id]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (grant.isPending) return;
    const missing = !everywhere && unitId === null;
    setUnitMissing(missing);
    if (missing) {
      grant.reset();
      setRefusedHere((count) => count + 1);
      return;
    }
    grant.mutate({ userId: user.id, grant: { role, unitId: everywhere ? null : unitId } });
  }

  const unitErrors = unitMissing ? [t('common.unitRequired')] : errors.byField.unitId;
  const granted = grant.data;

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('users.grant.heading', { name: user.displayName })}
      </h2>
      <form ref={formRef} className="stacked-form" onSubmit={submit} noValidate>
        {grant.isError && (!errors.any || errors.other.length > 0) && (
          <ErrorAlert error={grant.error} heading={t('users.grant.failed')}>
            {errors.other.length > 0 && (
              <ul>
                {errors.other.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            )}
          </ErrorAlert>
        )}
        {granted && (
          <p role="status" className="success">
            {granted.unitNameVi
              ? t('users.grant.granted', {
                  name: user.displayName,
                  role: t(`users.roles.${granted.role}`),
                  unit: localName(granted.unitNameVi, granted.unitNameEn, language),
                })
              : t('users.grant.grantedEverywhere', { name: user.displayName, role: t(`users.roles.${granted.role}`) })}
          </p>
        )}
        <FormField label={t('users.grant.role')} errors={errors.byField.role}>
          {(control) => (
            <select
              {...control}
              value={role}
              onChange={(event) => {
                setRole(event.target.value as Role);
                grant.reset();
              }}
            >
              {roles.map((option) => (
                <option key={option} value={option}>
                  {t(`users.roles.${option}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {everywhere ? (
          <p className="hint">{t('users.grant.everywhere')}</p>
        ) : (
          <div className="form-field">
            {renderUnitPicker({
              label: t('users.grant.unit'),
              hint: t('users.grant.unitHint'),
              onChange: (id) => {
                setUnitId(id);
                if (id !== null) setUnitMissing(false);
              },
              invalid: unitErrors.length > 0,
              describedBy: unitErrors.length > 0 ? unitErrorId : undefined,
            })}
            {unitErrors.length > 0 && (
              <p id={unitErrorId} className="field-error">
                {unitErrors.join(' ')}
              </p>
            )}
          </div>
        )}
        <div className="form-actions">
          <button type="submit" aria-busy={grant.isPending || undefined}>
            {grant.isPending ? t('users.grant.submitting') : t('users.grant.submit')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </form>
    </section>
  );
}
