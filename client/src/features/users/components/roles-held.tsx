import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import { localName } from '@/utils/names';

import type { RoleHeld, User } from '../api/get-users';

/** How a held role reads: the role at its unit, or held everywhere when it has none (a system admin). */
export function useRoleLabel() {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (held: RoleHeld) => {
    const role = t(`users.roles.${held.role}`);
    return held.unitNameVi
      ? t('users.list.roleAt', { role, unit: localName(held.unitNameVi, held.unitNameEn, language) })
      : t('users.list.roleEverywhere', { role });
  };
}

export interface RolesHeldProps {
  user: User;
  onRevoke: (role: RoleHeld) => void;
}

/** The roles `user` holds, each with a button that asks to take it away. */
export function RolesHeld({ user, onRevoke }: RolesHeldProps) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  if (user.roles.length === 0) return <span className="note">{t('users.list.noRoles')}</span>;
  return (
    <ul className="plain-list">
      {user.roles.map((held) => (
        <li key={held.assignmentId}>
          {roleLabel(held)}{' '}
          <button
            type="button"
            className="link-button"
            aria-label={t('users.revoke.button', { role: roleLabel(held), name: user.displayName })}
            onClick={() => onRevoke(held)}
          >
            {t('users.revoke.short')}
          </button>
        </li>
      ))}
    </ul>
  );
}
