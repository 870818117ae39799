/**
 * GET /api/v1/evidence/{id} (operationId DownloadEvidence): an evidence file, only within the reader's
 * scope (404 otherwise). Fetched with the session's token and handed to the browser as a download.
 */
import { apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

export async function downloadEvidence(id: operations['DownloadEvidence']['parameters']['path']['id'], fallbackName: string): Promise<void> {
  const file = await apiClient.getFile(`/api/v1/evidence/${encodeURIComponent(id)}`);
  const url = URL.createObjectURL(file.blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = file.fileName ?? fallbackName;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has started the download; the object URL is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
