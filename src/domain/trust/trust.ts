// The trust portal's rules: when a report is outdated, what a page's address may be, how long access lasts,
// and the line stamped on every page of a recipient's copy.

/** A report whose period (or as-of date) ended more than twelve months before `today` is outdated. */
export function isOutdated(report: { asOfDate: string | null; periodEnd: string | null }, today: string): boolean {
  const end = report.periodEnd ?? report.asOfDate;
  if (!end) return false;
  const [y, m, d] = end.split('-').map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(y + 1, m - 1, d)).toISOString().slice(0, 10);
  return today > limit;
}

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,48}[a-z0-9])$/;

/** A page address from a name: lowercase letters, digits and single hyphens, 3–50 characters. */
export function slugFrom(name: string): string {
  const slug = name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50).replace(/-+$/, '');
  return slug.length >= 3 ? slug : `${slug || 'org'}-trust`;
}

/** When access granted at `grantedAt` for `days` ends. */
export function accessExpiry(grantedAt: Date, days: number): Date {
  return new Date(grantedAt.getTime() + days * 86_400_000);
}

export type AccessState = 'pending' | 'granted' | 'expired' | 'denied' | 'revoked';

export function accessState(request: { status: 'pending' | 'granted' | 'denied' | 'revoked'; expiresAt: Date | null }, now: Date): AccessState {
  if (request.status !== 'granted') return request.status;
  return request.expiresAt !== null && request.expiresAt <= now ? 'expired' : 'granted';
}

/** The line on every page of a recipient's copy. */
export function recipientMark(r: { name: string; company: string; email: string }, date: string): string {
  return `Prepared for ${r.name}, ${r.company}, ${r.email}, ${date} — restricted use`;
}
