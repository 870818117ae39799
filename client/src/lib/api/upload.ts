/** Uploads with progress: a multipart POST through XMLHttpRequest, answered as a fetch Response. */
import { toApiError } from './problem-details';
import { exchangeAuthorized } from './session';
import { baseHeaders, buildUrl, type QueryValue } from './transport';


export interface UploadOptions {
  /** Called with the share of the body sent so far, from 0 to 1. */
  onProgress?: (fraction: number) => void;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal | undefined;
  /** Extra request headers, such as an Idempotency-Key. */
  headers?: Record<string, string>;
}

function parseRawHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * One multipart POST through XMLHttpRequest, since fetch cannot report upload progress. It answers
 * with a fetch Response, so the session handling and error reading are the same as for every request.
 */
function sendForm(path: string, form: FormData | Uint8Array<ArrayBuffer>, token: string | undefined, options: UploadOptions): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(path, options.query));
    // The browser writes the multipart Content-Type with its boundary itself.
    for (const [name, value] of Object.entries({ ...baseHeaders(token, undefined), ...options.headers })) xhr.setRequestHeader(name, value);
    xhr.responseType = 'text';
    options.onProgress?.(0);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status > 599) {
        reject(new TypeError(`Upload failed with status ${xhr.status}`));
        return;
      }
      const empty = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
      resolve(
        new Response(empty ? null : xhr.responseText, {
          status: xhr.status,
          statusText: xhr.statusText,
          headers: parseRawHeaders(xhr.getAllResponseHeaders()),
        }),
      );
    };
    xhr.onerror = () => reject(new TypeError('Network request failed'));
    xhr.ontimeout = () => reject(new TypeError('Network request timed out'));
    xhr.onabort = () => reject(new DOMException('The upload was aborted.', 'AbortError'));
    if (options.signal?.aborted) {
      reject(new DOMException('The upload was aborted.', 'AbortError'));
      return;
    }
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

/**
 * POSTs a form with a file (multipart/form-data) and reads the JSON answer, reporting upload progress.
 * Signed in like every other call: a 401 renews the session and sends the form again. The form may come
 * already written out (bytes, its Content-Type with the boundary among the headers) when a retry must send the very same bytes.
 */
export async function upload<TResponse>(path: string, form: FormData | Uint8Array<ArrayBuffer>, options: UploadOptions = {}): Promise<TResponse> {
  const response = await exchangeAuthorized((token) => sendForm(path, form, token, options));
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as TResponse;
}
