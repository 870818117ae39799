/** POST /api/v1/api-tokens/{id}/revoke (operationId RevokeApiToken): the token stops working at once (204). */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

import { apiTokensQueryKey } from './get-api-tokens';

export function revokeApiToken(id: operations['RevokeApiToken']['parameters']['path']['id']): Promise<void> {
  return apiClient.postNoContent(`/api/v1/api-tokens/${encodeURIComponent(id)}/revoke`);
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensQueryKey }),
  });
}
