/**
 * The shapes the overview draws of data other features read for the route: a province's profile
 * (GET /api/v1/provinces/{provinceId}/profile, operationId GetProvinceProfile) and its plan's overview
 * (GET /api/v1/plans/{id}/overview, operationId GetPlanOverview).
 */
import type { components, operations } from '@/types/api';

export type OverviewProfile = operations['GetProvinceProfile']['responses'][200]['content']['application/json'];
export type OverviewYearResult = components['schemas']['ProvinceYearResultDto'];
export type OverviewOfPlan = operations['GetPlanOverview']['responses'][200]['content']['application/json'];
