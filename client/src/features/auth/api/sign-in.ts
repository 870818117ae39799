/**
 * POST /api/v1/auth/login (operationId SignIn): the only place that names this operation's
 * generated types. A successful sign-in hands the tokens to the API client, which keeps them.
 */
import { useMutation } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

export type SignInBody = operations['SignIn']['requestBody']['content']['application/json'];
type SignInOk = operations['SignIn']['responses'][200]['content']['application/json'];

export async function signIn(body: SignInBody): Promise<void> {
  const tokens = await apiClient.postJson<SignInOk, SignInBody>('/api/v1/auth/login', body, { anonymous: true });
  apiClient.startSession(tokens);
}

export function useSignIn() {
  return useMutation({ mutationFn: signIn });
}
