/**
 * DELETE /api/v1/users/{userId}/roles/{assignmentId} (operationId RevokeRole): takes a role away (204);
 * it stops counting at the user's next request. The only place that names this operation's types.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

import { usersQueryKey } from './get-users';

export type RevokeRoleInput = operations['RevokeRole']['parameters']['path'];

export function revokeRole({ userId, assignmentId }: RevokeRoleInput): Promise<void> {
  return apiClient.deleteNoContent(`/api/v1/users/${encodeURIComponent(userId)}/roles/${encodeURIComponent(assignmentId)}`);
}

export function useRevokeRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeRole,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
