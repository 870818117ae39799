import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmPanel } from '@/components/confirm-panel';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { formatDate } from '@/utils/format';

import { apiTokenScopes } from '../api/create-api-token';
import { apiTokensPageSize, useApiTokens, type ApiToken } from '../api/get-api-tokens';
import { useRevokeApiToken } from '../api/revoke-api-token';

type TokenStatus = 'active' | 'expired' | 'revoked';

function statusOf(token: ApiToken, now: number): TokenStatus {
  if (token.revokedAt != null) return 'revoked';
  return Date.parse(token.expiresAt) <= now ? 'expired' : 'active';
}

/** The tokens issued (never their secrets), with revocation behind a confirmation. */
export function ApiTokensTable() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [page, setPage] = useState(1);
  const captionId = useId();
  const tokens = useApiTokens(page);
  const revoke = useRevokeApiToken();
  const [confirming, setConfirming] = useState<ApiToken | null>(null);
  const [revoked, setRevoked] = useState<ApiToken | null>(null);
  // Expiry is judged at the moment the list opened, so a render never changes its answer.
  const [now] = useState(Date.now);

  if (tokens.isPending) return <Loading />;
  if (tokens.isError) return <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />;
  const scopeLabel = (scope: string) => {
    const known = apiTokenScopes.find((entry) => entry.scope === scope);
    return known ? t(`apiTokens.scopes.${known.label}`) : scope;
  };

  return (
    <>
      {revoked && (
        <p role="status" className="success">
          {t('apiTokens.revoke.revoked', { name: revoked.name })}
        </p>
      )}
      {tokens.data.items.length === 0 ? (
        <p className="empty-state">{t('apiTokens.list.empty')}</p>
      ) : (
        <TableScroll captionId={captionId}>
          <table className="data-table">
            <caption id={captionId}>{t('apiTokens.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('apiTokens.list.name')}</th>
                <th scope="col">{t('apiTokens.list.prefix')}</th>
                <th scope="col">{t('apiTokens.list.scopes')}</th>
                <th scope="col">{t('apiTokens.list.unit')}</th>
                <th scope="col">{t('apiTokens.list.created')}</th>
                <th scope="col">{t('apiTokens.list.expires')}</th>
                <th scope="col">{t('apiTokens.list.status')}</th>
                <th scope="col">{t('apiTokens.list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.items.map((token) => {
                const status = statusOf(token, now);
                return (
                  <tr key={token.id}>
                    <th scope="row">{token.name}</th>
                    <td>
                      <code>{token.prefix}…</code>
                    </td>
                    <td>
                      <ul className="plain-list">
                        {token.scopes.map((scope) => (
                          <li key={scope}>
                            {scopeLabel(scope)} <code className="note">{scope}</code>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>{t('apiTokens.list.unitId', { id: token.unitId })}</td>
                    <td>{formatDate(token.createdAt, language)}</td>
                    <td>{formatDate(token.expiresAt, language)}</td>
                    <td>
                      <span className={`badge badge-${status}`}>{t(`apiTokens.status.${status}`)}</span>
                      {token.revokedAt != null && <span className="note"> {formatDate(token.revokedAt, language)}</span>}
                    </td>
                    <td>
                      {status !== 'revoked' && (
                        <button
                          type="button"
                          className="danger-button"
                          aria-label={t('apiTokens.revoke.button', { name: token.name })}
                          onClick={() => {
                            revoke.reset();
                            setRevoked(null);
                            setConfirming(token);
                          }}
                        >
                          {t('apiTokens.revoke.short')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination page={page} pageSize={apiTokensPageSize} totalCount={tokens.data.totalCount} onPageChange={setPage} />
      {confirming && (
        <ConfirmPanel
          key={confirming.id}
          title={t('apiTokens.revoke.confirmTitle', { name: confirming.name })}
          body={t('apiTokens.revoke.confirmBody')}
          confirmLabel={t('apiTokens.revoke.confirm')}
          pendingLabel={t('apiTokens.revoke.revoking')}
          pending={revoke.isPending}
          error={revoke.error}
          errorHeading={t('apiTokens.revoke.failed')}
          onCancel={() => setConfirming(null)}
          onConfirm={() =>
            revoke.mutate(confirming.id, {
              onSuccess: () => {
                setRevoked(confirming);
                setConfirming(null);
              },
            })
          }
        />
      )}
    </>
  );
}
