import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import type { RenderUnitPicker } from '@/types/unit-picker';
import { compareNames } from '@/utils/format';

import { usersPageSize, useUsers, type RoleHeld, type User } from '../api/get-users';
import { CreateUserForm } from './create-user-form';
import { GrantRoleForm } from './grant-role-form';
import { RevokeRoleConfirm } from './revoke-role-confirm';
import { RolesHeld, useRoleLabel } from './roles-held';

export interface UsersAdminProps {
  renderUnitPicker: RenderUnitPicker;
}

/** Accounts: find them, create one, see the roles each holds, grant roles at units and revoke them. */
export function UsersAdmin({ renderUnitPicker }: UsersAdminProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const searchId = useId();
  const captionId = useId();
  const createHeadingId = useId();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [granting, setGranting] = useState<User | null>(null);
  const [revoking, setRevoking] = useState<{ user: User; role: RoleHeld } | null>(null);
  const [revoked, setRevoked] = useState<{ user: User; role: RoleHeld } | null>(null);
  const users = useUsers(search, page);
  const roleLabel = useRoleLabel();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearch(text.trim());
    setPage(1);
  }

  const rows = [...(users.data?.items ?? [])].sort((a, b) => compareNames(a.displayName, b.displayName, language));

  return (
    <div className="admin-columns">
      <div>
        <form role="search" className="inline-form" onSubmit={submit}>
          <label htmlFor={searchId}>{t('users.search.label')}</label>
          <input
            id={searchId}
            type="search"
            placeholder={t('users.search.placeholder')}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit">{t('common.search')}</button>
        </form>
        {revoked && (
          <p role="status" className="success">
            {t('users.revoke.revoked', { role: roleLabel(revoked.role), name: revoked.user.displayName })}
          </p>
        )}
        {users.isPending ? (
          <Loading />
        ) : users.isError ? (
          <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />
        ) : rows.length === 0 ? (
          <p className="empty-state">{t('users.list.empty')}</p>
        ) : (
          <>
            <TableScroll captionId={captionId}>
              <table className="data-table">
                <caption id={captionId}>{t('users.list.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('users.list.displayName')}</th>
                    <th scope="col">{t('users.list.userName')}</th>
                    <th scope="col">{t('users.list.email')}</th>
                    <th scope="col">{t('users.list.roles')}</th>
                    <th scope="col">{t('users.list.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((user) => (
                    <tr key={user.id}>
                      <th scope="row">{user.displayName}</th>
                      <td>{user.userName}</td>
                      <td>{user.email ?? '—'}</td>
                      <td>
                        <RolesHeld
                          user={user}
                          onRevoke={(role) => {
                            setRevoked(null);
                            setRevoking({ user, role });
                          }}
                        />
                      </td>
                      <td>
                        <button
                          type="button"
                          className="link-button"
                          aria-label={t('users.list.grant', { name: user.displayName })}
                          onClick={() => setGranting(user)}
                        >
                          {t('users.list.grantShort')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <Pagination page={page} pageSize={usersPageSize} totalCount={users.data.totalCount} onPageChange={setPage} />
          </>
        )}
        {revoking && (
          <RevokeRoleConfirm
            key={revoking.role.assignmentId}
            user={revoking.user}
            role={revoking.role}
            onCancel={() => setRevoking(null)}
            onRevoked={() => {
              setRevoked(revoking);
              setRevoking(null);
            }}
          />
        )}
        {granting && (
          <GrantRoleForm
            key={granting.id}
            user={granting}
            renderUnitPicker={renderUnitPicker}
            onClose={() => setGranting(null)}
          />
        )}
      </div>
      <section className="panel" aria-labelledby={createHeadingId}>
        <h2 id={createHeadingId}>{t('users.create.heading')}</h2>
        <CreateUserForm />
      </section>
    </div>
  );
}
