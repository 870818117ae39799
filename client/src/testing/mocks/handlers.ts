import { http, HttpResponse } from 'msw';

import type { components } from '@/types/api';

import { rankings2020 } from './data';

type RankingRowDtoPagedList = components['schemas']['RankingRowDtoPagedList'];

export const rankingsUrl = '/api/v1/score-releases/:year/rankings';

export function pagedRankings(items: RankingRowDtoPagedList['items']): RankingRowDtoPagedList {
  return { items, page: 1, pageSize: 200, totalCount: items.length };
}

export const handlers = [
  http.get(rankingsUrl, ({ params }) =>
    HttpResponse.json(pagedRankings(params.year === '2020' ? rankings2020 : [])),
  ),
];
