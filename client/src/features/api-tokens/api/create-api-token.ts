/**
 * POST /api/v1/api-tokens (operationId CreateApiToken): issues a token with scopes, bound to a unit's
 * subtree, with an expiry. The answer holds the secret, the only time the API ever sends it.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

import { apiTokensQueryKey } from './get-api-tokens';

export type CreateApiTokenBody = operations['CreateApiToken']['requestBody']['content']['application/json'];
export type CreatedApiToken = components['schemas']['CreatedApiTokenDto'];

/**
 * The scopes a token may carry, as integrations name them, with the key of their label. The OpenAPI
 * document types scopes as plain strings, so the list lives here (the API refuses any other).
 */
export const apiTokenScopes = [
  { scope: 'scores:read', label: 'scoresRead' },
  { scope: 'scores:import', label: 'scoresImport' },
  { scope: 'units:read', label: 'unitsRead' },
  { scope: 'units:write', label: 'unitsWrite' },
  { scope: 'audit:read', label: 'auditRead' },
] as const;

export type ApiTokenScope = (typeof apiTokenScopes)[number]['scope'];

export function createApiToken(body: CreateApiTokenBody): Promise<CreatedApiToken> {
  return apiClient.postJson<CreatedApiToken, CreateApiTokenBody>('/api/v1/api-tokens', body);
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiToken,
    // The answer holds the secret: keep it no longer than the screen that shows it once.
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensQueryKey }),
  });
}
