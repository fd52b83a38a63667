import { describe, expect, it } from 'vitest';
import { accessExpiry, accessState, isOutdated, recipientMark, slugFrom, SLUG_PATTERN } from './trust.ts';

describe('currency', () => {
  it('flags a report whose period ended more than twelve months ago', () => {
    const report = { asOfDate: null, periodEnd: '2025-09-30' };
    expect(isOutdated(report, '2026-09-30')).toBe(false);
    expect(isOutdated(report, '2026-10-01')).toBe(true);
    expect(isOutdated({ asOfDate: '2025-12-31', periodEnd: null }, '2026-11-28')).toBe(false);
    expect(isOutdated({ asOfDate: '2024-02-29', periodEnd: null }, '2025-03-02')).toBe(true);
  });
});

describe('slugs', () => {
  it('makes a valid address from any name', () => {
    for (const [name, slug] of [['Northwind Payroll (demo)', 'northwind-payroll-demo'], ['AB', 'ab-trust'], ['Ünïcode & Co', 'unicode-co'], ['***', 'org-trust']]) {
      expect(slugFrom(name!)).toBe(slug);
      expect(SLUG_PATTERN.test(slugFrom(name!))).toBe(true);
    }
  });
});

describe('access', () => {
  it('expires after the set days, and only granted access can be current', () => {
    const granted = new Date('2026-11-01T10:00:00Z');
    const expiresAt = accessExpiry(granted, 30);
    expect(expiresAt.toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(accessState({ status: 'granted', expiresAt }, new Date('2026-11-30T00:00:00Z'))).toBe('granted');
    expect(accessState({ status: 'granted', expiresAt }, expiresAt)).toBe('expired');
    expect(accessState({ status: 'pending', expiresAt: null }, granted)).toBe('pending');
    expect(accessState({ status: 'revoked', expiresAt }, granted)).toBe('revoked');
  });

  it('stamps the recipient on each copy', () => {
    expect(recipientMark({ name: 'Dana Lee', company: 'Initech', email: 'dana@initech.example' }, '2026-11-28')).toBe('Prepared for Dana Lee, Initech, dana@initech.example, 2026-11-28 — restricted use');
  });
});
