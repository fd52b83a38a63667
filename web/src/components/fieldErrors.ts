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

/**
 * The API's field errors keyed by their path inside the request body ("body.commitments.0.commitment" →
 * "commitments.0.commitment"), as @mantine/form names nested fields.
 */
export function bodyFieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const out: Record<string, string> = {};
  for (const f of error.fields) {
    const key = f.path.replace(/^body\.?/, '');
    if (!(key in out)) out[key] = f.message;
  }
  return out;
}

/**
 * The form errors no input shows: those whose path does not end in one of the given field names
 * (e.g. "commitments" when the list as a whole is too long). Returned as readable lines.
 */
export function unplacedErrors(errors: Record<string, unknown>, fieldNames: readonly string[]): string[] {
  return Object.entries(errors)
    .filter(([path, message]) => message && !fieldNames.includes(path.split('.').pop() ?? path))
    .map(([path, message]) => `${path ? `${humanPath(path)}: ` : ''}${String(message)}`);
}

/** Names of list fields as people read them (singular: they are followed by the item's number). */
const PATH_NAMES: Record<string, string> = {
  cuecs: 'CUEC',
  csocs: 'CSOC',
  subserviceOrganizations: 'Subservice organization',
  notRelevant: 'Not-relevant criterion',
  significantChanges: 'Change',
  commitments: 'Commitment',
};

/** "subserviceOrganizations.0.csocs.1.criteria" → "Subservice organization 1, CSOC 2, criteria". */
function humanPath(path: string): string {
  const parts: string[] = [];
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment) && parts.length) parts[parts.length - 1] += ` ${Number(segment) + 1}`;
    else parts.push(PATH_NAMES[segment] ?? segment.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
  }
  return parts.join(', ');
}
