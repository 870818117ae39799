/** Every org-units query starts with this key, so a change can refresh them all at once. */
export const orgUnitsQueryKey = ['org-units'] as const;
