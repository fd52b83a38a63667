// One evidence file sent as its own multipart request through XMLHttpRequest, which (unlike fetch)
// reports upload progress. The metadata part goes first: the server reads it before the file streams in.
import type { QueryClient } from '@tanstack/react-query';
import { ApiError, type FieldError } from '../api.ts';
import type { EvidenceItem, EvidenceMetadataInput, Session } from '../contract.ts';
import { sessionKey } from '../session.ts';

export interface UploadHandle {
  promise: Promise<EvidenceItem>;
  abort: () => void;
}

/** What to tell a person about a failed upload, when the server gave no message of its own. */
function fallbackMessage(status: number): string {
  if (status === 413) return 'The file is larger than this server accepts.';
  if (status === 415) return "The file's content does not match a type the server accepts.";
  if (status >= 500) return 'The server ran into a problem. Try again in a moment.';
  return `The upload failed (HTTP ${status}).`;
}

function parseXhrError(xhr: XMLHttpRequest): ApiError {
  if (xhr.status === 0) {
    return new ApiError(0, 'network_error', 'The connection was lost during the upload. Check your connection and try again.');
  }
  try {
    const body = JSON.parse(xhr.responseText) as { error?: { code?: unknown; message?: unknown; fields?: FieldError[]; requestId?: string } };
    const e = body.error;
    if (e && typeof e.code === 'string' && typeof e.message === 'string') {
      return new ApiError(xhr.status, e.code, e.message, e.fields ?? [], e.requestId);
    }
  } catch {
    // not JSON
  }
  return new ApiError(xhr.status, `http_${xhr.status}`, fallbackMessage(xhr.status));
}

/** The CSRF token of the current session (the same one the api client sends as x-csrf-token). */
async function csrfToken(queryClient: QueryClient, refresh: boolean): Promise<string | null> {
  const cached = queryClient.getQueryData<Session | null>(sessionKey);
  if (cached?.csrfToken && !refresh) return cached.csrfToken;
  const response = await fetch('/api/v1/session', { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!response.ok) return null;
  const session = (await response.json()) as Session;
  queryClient.setQueryData(sessionKey, session);
  return session.csrfToken;
}

function sendOnce(url: string, body: FormData, token: string | null, onProgress: (fraction: number) => void, bind: (xhr: XMLHttpRequest) => void): Promise<EvidenceItem> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    bind(xhr);
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        try {
          resolve(JSON.parse(xhr.responseText) as EvidenceItem);
        } catch {
          reject(new ApiError(xhr.status, 'bad_response', 'The server answered something unexpected.'));
        }
      } else {
        reject(parseXhrError(xhr));
      }
    };
    xhr.onerror = () => reject(parseXhrError(xhr));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', 'The upload was cancelled.'));
    xhr.send(body);
  });
}

/**
 * Uploads one file with its metadata to `url` (POST /api/v1/evidence, or …/:id/supersede).
 * A stale CSRF token (the session rotated in another tab) is refreshed once.
 */
export function uploadEvidenceFile(
  queryClient: QueryClient,
  url: string,
  metadata: EvidenceMetadataInput,
  file: File,
  onProgress: (fraction: number) => void,
): UploadHandle {
  let current: XMLHttpRequest | null = null;
  let aborted = false;
  const bind = (xhr: XMLHttpRequest) => { current = xhr; };
  const form = () => {
    const body = new FormData();
    body.append('metadata', JSON.stringify(metadata));
    body.append('file', file, file.name);
    return body;
  };
  const promise = (async () => {
    const token = await csrfToken(queryClient, false);
    if (aborted) throw new ApiError(0, 'aborted', 'The upload was cancelled.');
    try {
      return await sendOnce(url, form(), token, onProgress, bind);
    } catch (error) {
      if (error instanceof ApiError && error.status === 403 && error.code.includes('csrf') && !aborted) {
        onProgress(0);
        return await sendOnce(url, form(), await csrfToken(queryClient, true), onProgress, bind);
      }
      throw error;
    }
  })();
  return {
    promise,
    abort: () => {
      aborted = true;
      (current as XMLHttpRequest | null)?.abort();
    },
  };
}
