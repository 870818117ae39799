/**
 * POST /api/v1/users/{userId}/roles (operationId GrantRole): a role at a unit, covering its subtree
 * (a system admin's role is held everywhere, with no unit). The only place that names its types.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

import { usersQueryKey } from './get-users';

export type Role = components['schemas']['Role'];
export type GrantRoleBody = operations['GrantRole']['requestBody']['content']['application/json'];
type GrantRoleOk = operations['GrantRole']['responses'][200]['content']['application/json'];

/** Every role, least powerful first; `satisfies` keeps the list in step with the contract. */
const roleSet = {
  Viewer: true,
  UnitOfficer: true,
  UnitHead: true,
  Coordinator: true,
  SystemAdmin: true,
} as const satisfies Record<Role, true>;
export const roles = Object.keys(roleSet) as Role[];

/** The one role held everywhere rather than at a unit. */
export const roleHeldEverywhere: Role = 'SystemAdmin';

export interface GrantRoleInput {
  userId: operations['GrantRole']['parameters']['path']['userId'];
  grant: GrantRoleBody;
}

export function grantRole({ userId, grant }: GrantRoleInput): Promise<GrantRoleOk> {
  return apiClient.postJson<GrantRoleOk, GrantRoleBody>(`/api/v1/users/${encodeURIComponent(userId)}/roles`, grant);
}

export function useGrantRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: grantRole,
    // The list shows the roles each user holds: the new one belongs there at once.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
