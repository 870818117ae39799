import { createContext, useContext } from 'react';

import type { IndexScale } from '@/utils/index-scale';

/**
 * The scale of the index a page shows (decimals, direction, ranges), set by the route once it knows the
 * framework; scores, changes and charts below read it. Null while unknown: two decimals, higher is better,
 * axes fitted to the data.
 */
export const IndexScaleContext = createContext<IndexScale | null>(null);

export function useIndexScale(): IndexScale | null {
  return useContext(IndexScaleContext);
}
