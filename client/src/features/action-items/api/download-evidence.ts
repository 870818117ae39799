/**
 * GET /api/v1/evidence/{id} (operationId DownloadEvidence): an evidence file, only within the reader's
 * scope (404 otherwise). Fetched with the session's token and handed to the browser as a download.
 */
import { downloadFile } from '@/lib/download';
import type { operations } from '@/types/api';

export function downloadEvidence(id: operations['DownloadEvidence']['parameters']['path']['id'], fallbackName: string): Promise<void> {
  return downloadFile(`/api/v1/evidence/${encodeURIComponent(id)}`, fallbackName);
}
