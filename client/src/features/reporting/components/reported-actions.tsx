import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { FileDownload } from '@/components/file-download';
import { TableScroll } from '@/components/table-scroll';
import { currentLanguage } from '@/config/i18n';
import { formatDate, formatInteger } from '@/utils/format';
import { localName } from '@/utils/names';

import { downloadReportedEvidence } from '../api/download-report-file';
import type { ReportedAction } from '../api/get-submission';

/** Renders the form that records the unit's progress on an action; `onRecorded` reads the report again. */
export type ActionEditor = (action: ReportedAction, onRecorded: () => void) => ReactNode;

export interface ReportedActionsProps {
  actions: readonly ReportedAction[];
  /** Given while the report may be edited: each row then offers to record new progress with the form it renders. */
  editor?: ((action: ReportedAction) => ReactNode) | undefined;
}

/**
 * Each action the unit leads (chủ trì) or supports (phối hợp), with its latest progress report up to the
 * period's data cut-off, as the API reads it from the action's progress log: what the unit reports is
 * what the action shows.
 */
export function ReportedActions({ actions, editor }: ReportedActionsProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  const [editing, setEditing] = useState<number | undefined>();

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reporting.actions.heading')}</h2>
      {actions.length === 0 ? (
        <p className="empty-state">{t('reporting.actions.empty')}</p>
      ) : (
        <TableScroll captionId={`${headingId}-caption`}>
          <table className="data-table">
            <caption id={`${headingId}-caption`}>{t('reporting.actions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reporting.actions.action')}</th>
                <th scope="col">{t('reporting.actions.role')}</th>
                <th scope="col">{t('reporting.actions.status')}</th>
                <th scope="col">{t('reporting.actions.percent')}</th>
                <th scope="col">{t('reporting.actions.narrative')}</th>
                <th scope="col">{t('reporting.actions.evidence')}</th>
                {editor && <th scope="col">{t('reporting.actions.update')}</th>}
              </tr>
            </thead>
            <tbody>
              {actions.map((action) => (
                <tr key={action.actionId}>
                  <th scope="row">
                    {action.code}. {localName(action.textVi, action.textEn, language)}
                  </th>
                  <td>{t(`actions.unitRole.${action.role}`)}</td>
                  <td>
                    {action.status == null ? (
                      <span className="note">{t('reporting.actions.noProgress')}</span>
                    ) : (
                      <>
                        {t(`actions.status.${action.status}`)}
                        {action.reportedOn != null && <span className="note"> ({formatDate(action.reportedOn, language)})</span>}
                      </>
                    )}
                  </td>
                  <td className="num">{action.percent == null ? '—' : `${formatInteger(action.percent, language)}%`}</td>
                  <td className="narrative">{action.narrative ?? ''}</td>
                  <td>
                    {action.evidence.length > 0 && (
                      <ul className="plain-list">
                        {action.evidence.map((file) => (
                          <li key={file.id}>
                            <FileDownload
                              fileName={file.fileName}
                              sizeBytes={file.sizeBytes}
                              download={() => downloadReportedEvidence(file.id, file.fileName)}
                            />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  {editor && (
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        aria-expanded={editing === action.actionId}
                        aria-label={t('reporting.actions.updateFor', { code: action.code })}
                        onClick={() => setEditing((current) => (current === action.actionId ? undefined : action.actionId))}
                      >
                        {editing === action.actionId ? t('common.close') : t('reporting.actions.update')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {editor &&
        actions
          .filter((action) => action.actionId === editing)
          .map((action) => (
            <section key={action.actionId} className="panel" aria-label={t('reporting.actions.editorFor', { code: action.code })}>
              <h3>{t('reporting.actions.editorFor', { code: action.code })}</h3>
              <p className="hint">{t('reporting.actions.editorHint')}</p>
              {editor(action)}
            </section>
          ))}
    </section>
  );
}
