import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { FormField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { currentLanguage } from '@/config/i18n';
import { fieldErrorsOf } from '@/lib/field-errors';

import { useDocumentProfile, type DocumentProfile } from '../api/get-document-profile';
import { useOrgUnit } from '../api/get-org-unit';
import { useKeepDocumentProfile, type DocumentProfileChange } from '../api/keep-document-profile';
import { unitName } from '../names';

/** The API's limits (DocumentProfile in the domain); the inputs stop there, the API still checks everything. */
const maxLength = { symbol: 30, signingAuthority: 60, signerTitle: 100, signerName: 100 } as const;
const maxRecipients = 20;

export interface DocumentProfileFormProps {
  unitId: number;
  /** Shows the profile without saving (the reader may see units but not manage them). */
  readOnly: boolean;
}

/**
 * The unit's document profile (Decree 30/2020/NĐ-CP): the symbol after the document's number, who signs and in
 * what capacity, and where copies go. The consolidated report takes them from here, so no signer is in the code.
 */
export function DocumentProfileForm({ unitId, readOnly }: DocumentProfileFormProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const unit = useOrgUnit(unitId);
  const profile = useDocumentProfile(unitId);
  const headingId = useId();

  return (
    <section className="panel" aria-labelledby={headingId} id="document-profile">
      <h2 id={headingId}>
        {t('units.documentProfile.heading', { name: unit.data ? unitName(unit.data.data, language) : `#${unitId}` })}
      </h2>
      <p className="hint">{t('units.documentProfile.intro')}</p>
      {/* The API's 404 means "none kept yet" for a unit one sees, but also "not your unit": the unit's own read tells. */}
      {unit.isError ? (
        <ErrorAlert error={unit.error} onRetry={() => void unit.refetch()} />
      ) : profile.isPending ? (
        <Loading />
      ) : profile.isError ? (
        <ErrorAlert error={profile.error} onRetry={() => void profile.refetch()} />
      ) : (
        <>
          {profile.data === null && <p className="notice">{t('units.documentProfile.none')}</p>}
          <ProfileFields unitId={unitId} profile={profile.data} readOnly={readOnly} />
        </>
      )}
    </section>
  );
}

type Field = 'symbol' | 'signingAuthority' | 'signerTitle' | 'signerName' | 'recipients';
const fields: readonly Field[] = ['symbol', 'signingAuthority', 'signerTitle', 'signerName', 'recipients'];

function valuesOf(profile: DocumentProfile | null): Record<Field, string> {
  return {
    symbol: profile?.symbol ?? '',
    signingAuthority: profile?.signingAuthority ?? '',
    signerTitle: profile?.signerTitle ?? '',
    signerName: profile?.signerName ?? '',
    // One recipient a line: how an office writes its Nơi nhận.
    recipients: (profile?.recipients ?? []).join('\n'),
  };
}

interface ProfileFieldsProps {
  unitId: number;
  profile: DocumentProfile | null;
  readOnly: boolean;
}

function ProfileFields({ unitId, profile, readOnly }: ProfileFieldsProps) {
  const { t } = useTranslation();
  const keep = useKeepDocumentProfile();
  const [values, setValues] = useState(() => valuesOf(profile));
  const [saved, setSaved] = useState(false);
  const errors = fieldErrorsOf(keep.error, fields);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (keep.isPending || readOnly) return;
    const change: DocumentProfileChange = {
      symbol: values.symbol.trim(),
      signingAuthority: values.signingAuthority.trim() === '' ? null : values.signingAuthority.trim(),
      signerTitle: values.signerTitle.trim(),
      signerName: values.signerName.trim(),
      recipients: values.recipients
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    };
    keep.mutate(
      { unitId, change },
      {
        onSuccess: (kept) => {
          setValues(valuesOf(kept));
          setSaved(true);
        },
      },
    );
  }

  function set(field: Field, value: string) {
    setSaved(false);
    setValues((current) => ({ ...current, [field]: value }));
  }

  const input = (field: Exclude<Field, 'recipients'>, required: boolean) => (
    <FormField
      key={field}
      label={t(`units.documentProfile.fields.${field}`)}
      hint={t(`units.documentProfile.hints.${field}`)}
      errors={errors.byField[field]}
    >
      {(control) => (
        <input
          {...control}
          type="text"
          required={required}
          maxLength={maxLength[field]}
          value={values[field]}
          onChange={(event) => set(field, event.target.value)}
        />
      )}
    </FormField>
  );

  return (
    <form className="stacked-form" onSubmit={submit} noValidate>
      {keep.isError && (!errors.any || errors.other.length > 0) && (
        <ErrorAlert error={keep.error} heading={t('units.documentProfile.failed')}>
          {errors.other.length > 0 && (
            <ul>
              {errors.other.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </ErrorAlert>
      )}
      <fieldset disabled={readOnly} className="plain-fieldset">
        {input('symbol', true)}
        {input('signingAuthority', false)}
        {input('signerTitle', true)}
        {input('signerName', true)}
        <FormField
          label={t('units.documentProfile.fields.recipients')}
          hint={t('units.documentProfile.hints.recipients', { count: maxRecipients })}
          errors={errors.byField.recipients}
        >
          {(control) => (
            <textarea
              {...control}
              required
              rows={5}
              value={values.recipients}
              onChange={(event) => set('recipients', event.target.value)}
            />
          )}
        </FormField>
      </fieldset>
      {!readOnly && (
        <div className="form-actions">
          <button type="submit" aria-busy={keep.isPending || undefined}>
            {keep.isPending ? t('units.edit.saving') : t('units.documentProfile.save')}
          </button>
        </div>
      )}
      {saved && (
        <p role="status" className="success">
          {t('units.documentProfile.saved')}
        </p>
      )}
    </form>
  );
}
