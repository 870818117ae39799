/**
 * The national mean and the best province of each dimension in a year, read from the dimension
 * rankings (GET /api/v1/score-releases/{year}/rankings?dimension=…, operationId GetRanking): the
 * overview's radar sets a province against them.
 */
import { useQueries } from '@tanstack/react-query';

import { defaultFramework } from '@/config/frameworks';
import { ApiError, apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

/** Every province on one page, as the rankings ask. */
const rankingsPageSize = 200;

type GetRankingQuery = NonNullable<operations['GetRanking']['parameters']['query']>;
type GetRankingOk = operations['GetRanking']['responses'][200]['content']['application/json'];

export interface DimensionBenchmark {
  code: string;
  /** Mean of the provinces scored that year. */
  mean: number;
  best: number;
  bestProvinceNameVi: string;
  bestProvinceNameEn: string | null | undefined;
}

async function getDimensionRanking(year: number, framework: string, dimension: string, signal: AbortSignal): Promise<GetRankingOk | null> {
  const query: GetRankingQuery = { ...(framework === defaultFramework ? {} : { framework }), dimension, pageSize: rankingsPageSize };
  try {
    return await apiClient.getJson<GetRankingOk>(`/api/v1/score-releases/${encodeURIComponent(year)}/rankings`, { query, signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** `higherIsBetter`: the index's direction, which says whether the best province has the highest score or the lowest. */
function benchmarkOf(code: string, ranking: GetRankingOk | null, higherIsBetter: boolean): DimensionBenchmark | undefined {
  const scored = (ranking?.items ?? []).filter((row) => row.score != null);
  if (scored.length === 0) return undefined;
  const better = (a: number, b: number) => (higherIsBetter ? a > b : a < b);
  const best = scored.reduce((top, row) => (better(row.score ?? 0, top.score ?? 0) ? row : top));
  return {
    code,
    mean: scored.reduce((sum, row) => sum + (row.score ?? 0), 0) / scored.length,
    best: best.score ?? 0,
    bestProvinceNameVi: best.provinceNameVi,
    bestProvinceNameEn: best.provinceNameEn,
  };
}

/** One request per dimension of the index; pending until all have answered. */
export function useDimensionBenchmarks(year: number | undefined, framework: string, codes: readonly string[], higherIsBetter = true) {
  return useQueries({
    queries: codes.map((code) => ({
      queryKey: ['score-releases', year, 'rankings', framework, 'dimension', code],
      queryFn: ({ signal }: { signal: AbortSignal }) => getDimensionRanking(year ?? 0, framework, code, signal),
      enabled: year !== undefined,
    })),
    combine: (results) => ({
      isPending: results.some((result) => result.isPending),
      error: results.find((result) => result.isError)?.error,
      data: results.every((result) => result.isSuccess)
        ? codes.flatMap((code, index) => {
            const benchmark = benchmarkOf(code, results[index]?.data ?? null, higherIsBetter);
            return benchmark ? [benchmark] : [];
          })
        : undefined,
    }),
  });
}
