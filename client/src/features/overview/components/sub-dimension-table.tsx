import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ScoreChange, type ChangeUnavailableReasonKey } from '@/components/score-change';
import { ScoreValue } from '@/components/score-value';
import { TableScroll } from '@/components/table-scroll';

export type PerformanceGroupKey = 'Best' | 'HighAverage' | 'LowAverage' | 'Poor';

export interface SubDimensionRow {
  code: string;
  name: string;
  dimensionCode: string;
  value: number | null;
  delta: number | null;
  unavailableBecause: ChangeUnavailableReasonKey | null;
  /** The group of the sub-dimension's dimension that year (the API groups dimensions, not sub-dimensions). */
  group: PerformanceGroupKey | null;
}

type SortKey = 'code' | 'value' | 'delta';
type Direction = 'ascending' | 'descending';

function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Missing values sort last whatever the direction. */
function compareValues(a: number | null, b: number | null, direction: Direction): number {
  if (a == null || b == null) return (a == null ? 1 : 0) - (b == null ? 1 : 0);
  return direction === 'ascending' ? a - b : b - a;
}

const groupClass: Record<PerformanceGroupKey, string> = {
  Best: 'badge group-best',
  HighAverage: 'badge group-high',
  LowAverage: 'badge group-low',
  Poor: 'badge group-poor',
};

/** Every sub-dimension of the year with its value, its change (coloured by direction) and its dimension's group; sortable. */
export function SubDimensionTable({ caption, rows }: { caption: string; rows: readonly SubDimensionRow[] }) {
  const { t } = useTranslation();
  const captionId = useId();
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>({ key: 'code', direction: 'ascending' });
  const sorted = [...rows].sort((a, b) => {
    if (sort.key === 'code') return sort.direction === 'ascending' ? compareCodes(a.code, b.code) : compareCodes(b.code, a.code);
    return compareValues(a[sort.key], b[sort.key], sort.direction) || compareCodes(a.code, b.code);
  });

  const header = (key: SortKey, label: string, numeric: boolean) => {
    const active = sort.key === key;
    return (
      <th scope="col" className={numeric ? 'numeric' : undefined} aria-sort={active ? sort.direction : 'none'}>
        <button
          type="button"
          className="sort-button"
          onClick={() =>
            setSort({ key, direction: active && sort.direction === 'ascending' ? 'descending' : active ? 'ascending' : key === 'code' ? 'ascending' : 'descending' })
          }
        >
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <TableScroll captionId={captionId}>
      <table className="data-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {header('code', t('overview.subDimensions.code'), false)}
            <th scope="col">{t('overview.subDimensions.name')}</th>
            {header('value', t('overview.subDimensions.value'), true)}
            {header('delta', t('overview.subDimensions.delta'), true)}
            <th scope="col">{t('overview.subDimensions.group')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.code}>
              <td>{row.code}</td>
              <th scope="row">{row.name}</th>
              <td className="numeric"><ScoreValue value={row.value} /></td>
              <td className="numeric">
                <ScoreChange delta={row.delta} unavailableBecause={row.unavailableBecause} />
              </td>
              <td>{row.group == null ? '—' : <span className={groupClass[row.group]}>{t(`scores.groups.${row.group}`)}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
