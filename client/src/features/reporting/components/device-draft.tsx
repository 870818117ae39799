import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Loading } from '@/components/loading';
import { currentLanguage } from '@/config/i18n';
import type { OutboxItem } from '@/lib/offline/outbox';
import { formatDateTime } from '@/utils/format';

import type { FrameworkDimension } from '../api/get-dimensions';
import type { VersionedSubmission } from '../api/get-submission';
import type { SubmissionDraft } from '../api/save-submission-draft';
import { dimensionLabel } from './sent-report';

export type DeviceDraftChoice = 'mine' | 'server';

export interface DeviceDraftPanelProps {
  /** A draft typed offline that the server did not take: a 412 (changed meanwhile) or a refusal. */
  item: OutboxItem;
  dimensions: readonly FrameworkDimension[];
  /** Reads the server's version now, to set beside the officer's. */
  readServer: () => Promise<VersionedSubmission | undefined>;
  /** Sends the officer's text over the server's version (named by its ETag), or drops it for the server's. */
  onSettle: (choice: DeviceDraftChoice, serverEtag: string | undefined) => Promise<void>;
}

/**
 * The officer's draft kept on the device beside what the server holds, dimension by dimension, for the officer to
 * choose: nothing is written over without that choice. A refused draft shows why, and may be dropped.
 */
export function DeviceDraftPanel({ item, dimensions, readServer, onSettle }: DeviceDraftPanelProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [server, setServer] = useState<VersionedSubmission | undefined>();
  const [busy, setBusy] = useState(false);
  const conflict = item.state === 'conflict';
  // Read once per conflict: the server's version as the officer compares it.
  const read = useEffectEvent(() => readServer());
  useEffect(() => {
    if (!conflict) return undefined;
    let current = true;
    void read().then((answer) => {
      if (current) setServer(answer);
    });
    return () => {
      current = false;
    };
  }, [conflict, item.id]);

  const mine = (item.body as SubmissionDraft).narratives;
  const theirs = server?.data.narratives ?? {};
  const differing = dimensions.filter((dimension) => (mine[dimension.code] ?? '') !== (theirs[dimension.code] ?? ''));
  const choose = (choice: DeviceDraftChoice) => {
    setBusy(true);
    void onSettle(choice, server?.etag).finally(() => setBusy(false));
  };

  return (
    <section className="notice device-draft" aria-labelledby="device-draft-heading">
      <h2 id="device-draft-heading">{t(conflict ? 'reporting.device.conflictTitle' : 'reporting.device.refusedTitle')}</h2>
      <p>{t(conflict ? 'reporting.device.conflictBody' : 'reporting.device.refusedBody', { at: formatDateTime(item.keptAt, language) })}</p>
      {!conflict && item.problem !== undefined && <p className="error-title">{item.problem}</p>}
      {conflict && server === undefined ? (
        <Loading />
      ) : (
        differing.map((dimension) => (
          <div key={dimension.code} className="compare">
            <h3>{dimensionLabel(dimension, language)}</h3>
            <div className="compare-columns">
              <div>
                <h4>{t('reporting.device.mine')}</h4>
                <p className="compare-text">{mine[dimension.code] || t('reporting.report.noNarrative')}</p>
              </div>
              {conflict && (
                <div>
                  <h4>{t('reporting.device.server')}</h4>
                  <p className="compare-text">{theirs[dimension.code] || t('reporting.report.noNarrative')}</p>
                </div>
              )}
            </div>
          </div>
        ))
      )}
      <div className="form-actions">
        {conflict && (
          <button type="button" disabled={busy || server === undefined} onClick={() => choose('mine')}>
            {t('reporting.device.keepMine')}
          </button>
        )}
        <button type="button" disabled={busy || (conflict && server === undefined)} onClick={() => choose('server')}>
          {t(conflict ? 'reporting.device.takeServer' : 'reporting.device.drop')}
        </button>
      </div>
    </section>
  );
}
