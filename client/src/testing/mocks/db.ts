/** Resets of the mocked API's in-memory records, run before every test (see setup-tests.ts). */
const resets: (() => void)[] = [];

export const mockDb = {
  register(reset: () => void): void {
    resets.push(reset);
    reset();
  },
  reset(): void {
    for (const reset of resets) reset();
  },
};

/** Lower case without Vietnamese diacritics, as the API matches names: "Bắc Giang" → "bac giang". */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}

export function paged<T>(items: readonly T[], url: URL, defaultPageSize = 50) {
  const page = Number(url.searchParams.get('page') ?? '1');
  const pageSize = Number(url.searchParams.get('pageSize') ?? String(defaultPageSize));
  return { items: items.slice((page - 1) * pageSize, page * pageSize), page, pageSize, totalCount: items.length };
}
