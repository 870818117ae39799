/**
 * POST /api/v1/auth/logout (operationId SignOut). The API client sends it, since it alone holds the
 * refresh token to revoke, and forgets the session afterwards whatever the API answered.
 */
import { useMutation } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';

export function useSignOut() {
  return useMutation({ mutationFn: () => apiClient.signOut() });
}
