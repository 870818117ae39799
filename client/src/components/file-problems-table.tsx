import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import type { FileProblem } from '@/lib/file-problems';
import { formatInteger } from '@/utils/format';

import { TableScroll } from './table-scroll';

export interface FileProblemsTableProps {
  problems: readonly FileProblem[];
}

/** Every problem of a refused file by row and column, so the reader can fix the file in one pass. */
export function FileProblemsTable({ problems }: FileProblemsTableProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const captionId = useId();
  const sorted = [...problems].sort((a, b) => a.row - b.row || (a.column ?? '').localeCompare(b.column ?? '', language));
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table">
        <caption id={captionId}>
          {t('common.fileProblems.caption', { count: problems.length, formatted: formatInteger(problems.length, language) })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('common.fileProblems.row')}
            </th>
            <th scope="col">{t('common.fileProblems.column')}</th>
            <th scope="col">{t('common.fileProblems.message')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((problem, index) => (
            <tr key={`${problem.row}-${problem.column ?? ''}-${index}`}>
              <td className="numeric">{formatInteger(problem.row, language)}</td>
              <td>{problem.column ?? <span className="note">{t('common.fileProblems.wholeRow')}</span>}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
