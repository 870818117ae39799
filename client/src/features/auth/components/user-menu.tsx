import { useTranslation } from 'react-i18next';

import { useMe } from '../api/get-me';
import { useSignOut } from '../api/sign-out';

/** The signed-in user's name and the sign-out button, for the header. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const displayName = me.data?.user?.displayName;

  return (
    <div className="user-menu">
      {displayName && <span className="user-name">{displayName}</span>}
      <button type="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        {t('app.user.signOut')}
      </button>
    </div>
  );
}
