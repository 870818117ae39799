export const paths = {
  home: '/',
  signIn: '/login',
  rankings: '/rankings',
  provinces: '/provinces',
  province: '/provinces/:provinceId',
  compare: '/compare',
  units: '/admin/units',
  apiTokens: '/admin/api-tokens',
  users: '/admin/users',
  audit: '/admin/audit',
  scoreImport: '/admin/scores',
} as const;

/** A province's profile, opened at `year` when given. */
export function provincePath(provinceId: number, year?: number): string {
  const path = paths.province.replace(':provinceId', String(provinceId));
  return year === undefined ? path : `${path}?year=${year}`;
}

/** The comparison of `provinceIds` in `year` (the default year when not given). */
export function comparePath(provinceIds: readonly number[], year?: number): string {
  const query = new URLSearchParams();
  if (provinceIds.length > 0) query.set('ids', provinceIds.join(','));
  if (year !== undefined) query.set('year', String(year));
  const search = query.toString();
  return search === '' ? paths.compare : `${paths.compare}?${search}`;
}
