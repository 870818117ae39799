import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';

import { useSessionStatus } from '@/features/auth/api/session';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { safeReturnTo } from '@/features/auth/return-to';

/** Sign-in; once a session exists (just started, or already there) it goes back where the reader came from. */
export function SignInRoute() {
  const { t } = useTranslation();
  const status = useSessionStatus();
  const [searchParams] = useSearchParams();

  if (status === 'signed-in') return <Navigate to={safeReturnTo(searchParams.get('returnTo'))} replace />;
  return (
    <>
      <title>{`${t('auth.signIn.title')} · ${t('app.name')}`}</title>
      <SignInForm sessionExpired={status === 'expired'} />
    </>
  );
}
