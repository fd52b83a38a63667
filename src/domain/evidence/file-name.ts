// File names of evidence: kept only as metadata (storage is by hash), so they need to be safe to show
// and to offer back in a download, never safe to use as a path.

export const FILE_NAME_FALLBACK = 'evidence';
export const FILE_NAME_MAX_LENGTH = 200;

// C0 and C1 control characters, DEL, and the Unicode bidirectional overrides and isolates
// (which can make "gpj.exe" display as "exe.jpg").
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The base name of whatever the client called the file: the part after the last `/` or `\`, without
 * control characters, trimmed, at most FILE_NAME_MAX_LENGTH characters (keeping a short extension),
 * and "evidence" when nothing usable is left (empty, "." or "..").
 */
export function sanitizeFileName(raw: string | undefined | null): string {
  if (!raw) return FILE_NAME_FALLBACK;
  const cleaned = raw.normalize('NFC').replace(UNSAFE, '');
  const base = cleaned.split(/[/\\]/).pop() ?? '';
  let name = base.trim();
  if (/^\.*$/.test(name)) return FILE_NAME_FALLBACK;
  const chars = Array.from(name);
  if (chars.length > FILE_NAME_MAX_LENGTH) {
    const ext = extensionOf(name);
    const keep = ext && ext.length <= 10 ? `.${ext}` : '';
    name = chars.slice(0, FILE_NAME_MAX_LENGTH - keep.length).join('').trimEnd() + keep;
  }
  return name;
}

/** The lower-cased extension ("pdf" for "Report.PDF"), or '' when there is none (".bashrc" has none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return '';
  return name.slice(dot + 1).toLowerCase();
}

/**
 * A Content-Disposition header value that offers the name back: an ASCII fallback for old clients
 * (quotes and backslashes replaced) and the exact UTF-8 name in `filename*` (RFC 6266 / RFC 8187).
 */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const name = sanitizeFileName(fileName);
  const ascii = Array.from(name, (c) => (c >= ' ' && c <= '~' && c !== '"' && c !== '\\' && c !== '%' ? c : '_')).join('');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
