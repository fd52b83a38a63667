import { isApiError } from '../api.ts';

/**
 * Turns the API's field errors into form errors. `paths` maps a server path ("admin.password")
 * to a form field ("password"); unmapped paths fall back to their last segment.
 */
export function fieldErrors(error: unknown, paths: Record<string, string> = {}): Record<string, string> {
  if (!isApiError(error)) return {};
  const out: Record<string, string> = {};
  for (const f of error.fields) {
    const key = paths[f.path] ?? f.path.split('.').pop() ?? f.path;
    if (!(key in out)) out[key] = f.message;
  }
  return out;
}
