import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import { localName } from '@/utils/names';

import type { FrameworkDimension } from '../api/get-dimensions';
import type { ReportContent } from '../api/get-submission-version';
import { ReportAttachments } from './report-attachments';
import { ReportedActions } from './reported-actions';
import { UnitPlanSummary } from './unit-plan-fields';

export function dimensionLabel(dimension: FrameworkDimension, language: string): string {
  return `${dimension.code}. ${localName(dimension.nameVi, dimension.nameEn, language)}`;
}

export interface SentReportProps {
  content: ReportContent;
  /** The survey year's dimensions, which name the narratives. */
  dimensions: readonly FrameworkDimension[];
  isUnitPlan: boolean;
}

/**
 * A report as it was sent, read-only: for a unit plan its document, then a narrative per dimension, the
 * unit's actions and the files. The report as it stands and each of its kept versions read the same way.
 */
export function SentReport({ content, dimensions, isUnitPlan }: SentReportProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  return (
    <>
      {isUnitPlan && <UnitPlanSummary plan={content.unitPlan} attachments={content.attachments} actions={content.actions} />}
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('reporting.report.narratives')}</h2>
        <dl className="report-narratives">
          {dimensions.map((dimension) => (
            <div key={dimension.code}>
              <dt>{dimensionLabel(dimension, language)}</dt>
              <dd className="narrative">{content.narratives[dimension.code]?.trim() || <span className="note">{t('reporting.report.noNarrative')}</span>}</dd>
            </div>
          ))}
        </dl>
      </section>
      <ReportedActions actions={content.actions} />
      <ReportAttachments attachments={content.attachments} />
    </>
  );
}
