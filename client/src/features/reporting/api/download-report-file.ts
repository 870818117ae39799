/**
 * Files the reporting pages hand out, each fetched with the session's token:
 * GET /api/v1/report-attachments/{id} (operationId DownloadReportAttachment; the reporting and the
 * receiving side only, 404 otherwise) and a level's consolidated report,
 * GET /api/v1/reporting-periods/{id}/levels/{unitId}/consolidated-report.docx, .pdf and .xlsx
 * (GetConsolidatedReportDocx, GetConsolidatedReportPdf — the same document as PDF/A —, GetConsolidatedReportXlsx;
 * built from approved reports only), and the evidence
 * of an action a report shows, GET /api/v1/evidence/{id} (DownloadEvidence).
 */
import { downloadFile } from '@/lib/download';
import type { operations } from '@/types/api';

export function downloadReportAttachment(id: operations['DownloadReportAttachment']['parameters']['path']['id'], fallbackName: string) {
  return downloadFile(`/api/v1/report-attachments/${encodeURIComponent(id)}`, fallbackName);
}

export function downloadReportedEvidence(id: operations['DownloadEvidence']['parameters']['path']['id'], fallbackName: string) {
  return downloadFile(`/api/v1/evidence/${encodeURIComponent(id)}`, fallbackName);
}

export type ConsolidatedFormat = 'docx' | 'pdf' | 'xlsx';

export function downloadConsolidatedReport(
  { id, unitId }: operations['GetConsolidatedReportDocx']['parameters']['path'],
  format: ConsolidatedFormat,
  fallbackName: string,
) {
  const path = `/api/v1/reporting-periods/${encodeURIComponent(id)}/levels/${encodeURIComponent(unitId)}/consolidated-report.${format}`;
  return downloadFile(path, fallbackName);
}
