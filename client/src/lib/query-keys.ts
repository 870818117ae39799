/**
 * Cache keys that more than one feature relies on. A plan's action items are cached under the plan's
 * key, and recording progress or revising an action invalidates every plan query (its overview,
 * coverage and effect count the actions), so plans and action items must agree on these keys.
 */
export const plansQueryKey = ['plans'] as const;

export const planQueryKey = (id: number) => [...plansQueryKey, id] as const;
