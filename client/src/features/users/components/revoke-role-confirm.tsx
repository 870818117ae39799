import { useTranslation } from 'react-i18next';

import { ConfirmPanel } from '@/components/confirm-panel';

import type { RoleHeld, User } from '../api/get-users';
import { useRevokeRole } from '../api/revoke-role';
import { useRoleLabel } from './roles-held';

export interface RevokeRoleConfirmProps {
  user: User;
  role: RoleHeld;
  onCancel: () => void;
  onRevoked: () => void;
}

/** Asks before taking `role` away from `user`; a refusal stays in the panel so the admin can read why. */
export function RevokeRoleConfirm({ user, role, onCancel, onRevoked }: RevokeRoleConfirmProps) {
  const { t } = useTranslation();
  const revoke = useRevokeRole();
  const roleLabel = useRoleLabel();
  const names = { role: roleLabel(role), name: user.displayName };
  return (
    <ConfirmPanel
      title={t('users.revoke.confirmTitle', names)}
      body={t('users.revoke.confirmBody', names)}
      confirmLabel={t('users.revoke.confirm')}
      pendingLabel={t('users.revoke.revoking')}
      pending={revoke.isPending}
      error={revoke.error}
      errorHeading={t('users.revoke.failed')}
      onCancel={onCancel}
      onConfirm={() => revoke.mutate({ userId: user.id, assignmentId: role.assignmentId }, { onSuccess: onRevoked })}
    />
  );
}
