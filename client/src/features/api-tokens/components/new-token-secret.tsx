import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CreatedApiToken } from '../api/create-api-token';

export interface NewTokenSecretProps {
  created: CreatedApiToken;
  /** The reader has saved the secret; it is then dropped and cannot be shown again. */
  onDone: () => void;
}

/** The new token's secret, shown this once, with a copy button and a plain warning. */
export function NewTokenSecret({ created, onDone }: NewTokenSecretProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const secretId = useId();
  const warningId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function copySecret() {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <section className="secret-panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('apiTokens.secret.heading', { name: created.token.name })}
      </h2>
      <p id={warningId} className="notice">
        <strong>{t('apiTokens.secret.warning')}</strong>
      </p>
      <div className="form-field">
        <label htmlFor={secretId}>{t('apiTokens.secret.label')}</label>
        <div className="secret-row">
          <input
            id={secretId}
            type="text"
            readOnly
            value={created.secret}
            aria-describedby={warningId}
            spellCheck={false}
            autoComplete="off"
            onFocus={(event) => event.target.select()}
          />
          <button type="button" onClick={() => void copySecret()}>
            {t('apiTokens.secret.copy')}
          </button>
        </div>
        <p className="hint">{t('apiTokens.secret.usage')}</p>
      </div>
      <p role="status" className={copy === 'failed' ? 'field-error' : 'success-text'}>
        {copy === 'copied' ? t('apiTokens.secret.copied') : copy === 'failed' ? t('apiTokens.secret.copyFailed') : ''}
      </p>
      <button type="button" onClick={onDone}>
        {t('apiTokens.secret.done')}
      </button>
    </section>
  );
}
