/**
 * POST /api/v1/users (operationId CreateUser): a new account; roles are granted separately.
 * The only place that names this operation's types.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

import { usersQueryKey } from './get-users';

export type CreateUserBody = operations['CreateUser']['requestBody']['content']['application/json'];
type CreateUserCreated = operations['CreateUser']['responses'][201]['content']['application/json'];

export function createUser(body: CreateUserBody): Promise<CreateUserCreated> {
  return apiClient.postJson<CreateUserCreated, CreateUserBody>('/api/v1/users', body);
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
