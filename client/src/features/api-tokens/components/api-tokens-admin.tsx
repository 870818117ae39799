import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { RenderUnitPicker } from '@/types/unit-picker';

import type { CreatedApiToken } from '../api/create-api-token';
import { ApiTokensTable } from './api-tokens-table';
import { CreateApiTokenForm } from './create-api-token-form';
import { NewTokenSecret } from './new-token-secret';

export interface ApiTokensAdminProps {
  renderUnitPicker: RenderUnitPicker;
}

/** The token list, the form that issues one, and the new secret, shown once. */
export function ApiTokensAdmin({ renderUnitPicker }: ApiTokensAdminProps) {
  const { t } = useTranslation();
  // Only in this component's memory, and gone once the reader says they saved it.
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const createHeadingId = useId();

  return (
    <div className="admin-columns">
      <div>
        {created && <NewTokenSecret created={created} onDone={() => setCreated(null)} />}
        <ApiTokensTable />
      </div>
      <section aria-labelledby={createHeadingId} className="panel">
        <h2 id={createHeadingId}>{t('apiTokens.create.heading')}</h2>
        <CreateApiTokenForm renderUnitPicker={renderUnitPicker} onCreated={setCreated} />
      </section>
    </div>
  );
}
