import { Navigate, Outlet, useLocation } from 'react-router';

import { useSessionStatus } from '../api/session';
import { signInPathFor } from '../return-to';

/**
 * Route guard: its child routes need a session. Without one (never signed in, signed out, or a
 * refresh the API refused) the reader goes to sign-in, which brings them back here afterwards.
 */
export function RequireAuth() {
  const status = useSessionStatus();
  const location = useLocation();
  if (status !== 'signed-in') return <Navigate to={signInPathFor(location)} replace />;
  return <Outlet />;
}
