import { apiClient } from './api-client';

/**
 * Fetches a file with the session's token (a plain link would carry none) and hands it to the browser
 * as a download, named as the API's Content-Disposition says, else `fallbackName`.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const file = await apiClient.getFile(path);
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
