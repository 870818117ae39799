import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { currentLanguage } from '@/config/i18n';
import { compareNames, formatDate } from '@/utils/format';

import { useOrgUnitTree, type OrgUnitNode } from '../api/get-org-unit-tree';
import type { OrgUnit } from '../api/search-org-units';
import { unitName } from '../names';

export interface UnitTreeProps {
  /** The day to show the tree as it stood (yyyy-mm-dd); today when not given. */
  asOf?: string | undefined;
  /** Offers an edit button on every unit when given (the reader may manage units). */
  onEdit?: ((unit: OrgUnit) => void) | undefined;
  /** Offers to merge every unit into another when given (the reader may manage units). */
  onMerge?: ((unit: OrgUnit) => void) | undefined;
}

function sortNodes(nodes: readonly OrgUnitNode[], language: string): OrgUnitNode[] {
  return [...nodes].sort((a, b) => compareNames(unitName(a.unit, language), unitName(b.unit, language), language));
}

/** The units of the caller's scope as nested lists; the top level starts open, the rest on demand. */
export function UnitTree({ asOf, onEdit, onMerge }: UnitTreeProps) {
  const { t } = useTranslation();
  const tree = useOrgUnitTree(asOf);
  // Units whose children the reader opened or closed; the top level is open unless closed.
  const [toggled, setToggled] = useState<ReadonlySet<number>>(new Set());

  if (tree.isPending) return <Loading />;
  if (tree.isError) return <ErrorAlert error={tree.error} onRetry={() => void tree.refetch()} />;
  if (tree.data.length === 0) return <p className="empty-state">{t('units.tree.empty')}</p>;

  const toggle = (id: number) =>
    setToggled((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <TreeLevel nodes={tree.data} depth={0} toggled={toggled} onToggle={toggle} onEdit={onEdit} onMerge={onMerge} />
  );
}

interface TreeLevelProps {
  nodes: readonly OrgUnitNode[];
  depth: number;
  toggled: ReadonlySet<number>;
  onToggle: (id: number) => void;
  onEdit: ((unit: OrgUnit) => void) | undefined;
  onMerge: ((unit: OrgUnit) => void) | undefined;
}

function TreeLevel({ nodes, depth, toggled, onToggle, onEdit, onMerge }: TreeLevelProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <ul className={depth === 0 ? 'unit-tree' : undefined}>
      {sortNodes(nodes, language).map(({ unit, children }) => {
        const name = unitName(unit, language);
        const openByDefault = depth === 0;
        const open = children.length > 0 && openByDefault !== toggled.has(unit.id);
        return (
          <li key={unit.id}>
            <div className="unit-tree-item">
              {children.length > 0 ? (
                <button
                  type="button"
                  className="tree-toggle"
                  aria-expanded={open}
                  aria-label={t(open ? 'units.tree.collapse' : 'units.tree.expand', { name })}
                  onClick={() => onToggle(unit.id)}
                >
                  <span aria-hidden="true">{open ? '▾' : '▸'}</span>
                </button>
              ) : (
                <span className="tree-toggle" aria-hidden="true" />
              )}
              <span className="unit-name">{name}</span>
              <span className="note">
                {t(`units.kinds.${unit.kind}`)}
                {unit.code ? ` · ${unit.code}` : ''}
                {unit.activeTo ? ` · ${t('units.tree.until', { date: formatDate(unit.activeTo, language) })}` : ''}
              </span>
              {onEdit && (
                <button type="button" className="link-button" aria-label={t('units.tree.edit', { name })} onClick={() => onEdit(unit)}>
                  {t('units.tree.editShort')}
                </button>
              )}
              {onMerge && (
                <button type="button" className="link-button" aria-label={t('units.tree.merge', { name })} onClick={() => onMerge(unit)}>
                  {t('units.tree.mergeShort')}
                </button>
              )}
            </div>
            {open && <TreeLevel nodes={children} depth={depth + 1} toggled={toggled} onToggle={onToggle} onEdit={onEdit} onMerge={onMerge} />}
          </li>
        );
      })}
    </ul>
  );
}
