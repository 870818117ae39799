import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { currentLanguage } from '@/config/i18n';
import { provincePath } from '@/config/paths';
import { formatDate } from '@/utils/format';

import type { PredecessorSeries, ProvinceProfile } from '../api/get-province-profile';
import { provinceName } from '../names';

export interface ProvinceLineageProps {
  profile: ProvinceProfile;
}

/**
 * Where the unit came from or went: the unit it was merged into and from which day, or the units it
 * was made from and until which day they existed; each links to its own profile. Nothing for a unit
 * no merger touched.
 */
export function ProvinceLineage({ profile }: ProvinceLineageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { successor, predecessors } = profile;
  if (successor == null && predecessors.length === 0) return null;

  return (
    <section className="lineage" aria-label={t('provinces.lineage.label')}>
      {successor != null && (
        <p>
          {t('provinces.lineage.mergedInto')}{' '}
          <Link to={provincePath(successor.id)}>{provinceName(successor, language)}</Link>{' '}
          {t('provinces.lineage.from', { date: formatDate(successor.activeFrom, language) })}
        </p>
      )}
      {predecessors.length > 0 && (
        <p>
          {t('provinces.lineage.mergedFrom')} <PredecessorLinks predecessors={predecessors} />
        </p>
      )}
    </section>
  );
}

/** "Bắc Giang, Bắc Ninh (đến 30/06/2025)": one date when they all ended the same day, else a date after each. */
function PredecessorLinks({ predecessors }: { predecessors: readonly PredecessorSeries[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const endings = new Set(predecessors.map((predecessor) => predecessor.province.activeTo ?? ''));
  const sharedEnding = endings.size === 1 ? [...endings][0] : undefined;
  const until = (date: string | null | undefined) =>
    date ? ` ${t('provinces.lineage.until', { date: formatDate(date, language) })}` : '';

  return (
    <>
      {predecessors.map((predecessor, index) => (
        <span key={predecessor.province.id}>
          {index > 0 && ', '}
          <Link to={provincePath(predecessor.province.id)}>{provinceName(predecessor.province, language)}</Link>
          {sharedEnding === undefined && until(predecessor.province.activeTo)}
        </span>
      ))}
      {until(sharedEnding)}
    </>
  );
}
