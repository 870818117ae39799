/**
 * POST /api/v1/auth/logout (operationId SignOut). The API client sends it, since it alone holds the
 * refresh token to revoke, and forgets the session afterwards whatever the API answered, with what the device kept
 * for the user (src/lib/offline).
 */
import { useMutation } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import { deviceUser, forgetUser, rememberDeviceUser } from '@/lib/offline/outbox';

/** Signs out and forgets what this device keeps for the user: unsent drafts and the copies that show them. */
async function signOutAndForget(): Promise<void> {
  const userId = deviceUser();
  await apiClient.signOut();
  rememberDeviceUser(undefined);
  if (userId !== undefined) await forgetUser(userId).catch(() => undefined);
}

export function useSignOut() {
  // Offline too: the session and the device's copies are forgotten here even when the API cannot be told.
  return useMutation({ mutationFn: signOutAndForget, networkMode: 'always' });
}
