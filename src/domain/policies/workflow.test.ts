import { describe, expect, it } from 'vitest';
import { policyStatus, refuseStep, type VersionStatus, type VersionStep } from './workflow.ts';

describe('refuseStep', () => {
  const cases: Array<[VersionStep, VersionStatus, boolean, boolean]> = [
    ['edit', 'draft', false, true],
    ['edit', 'in_review', false, false],
    ['edit', 'approved', false, false],
    ['submit', 'draft', false, true],
    ['submit', 'approved', false, false],
    ['return', 'in_review', false, true],
    ['return', 'draft', false, false],
    ['approve', 'in_review', false, true],
    ['approve', 'draft', false, false],
    ['publish', 'approved', false, true],
    ['publish', 'approved', true, false],
    ['publish', 'retired', false, false],
    ['acknowledge', 'approved', true, true],
    ['acknowledge', 'approved', false, false],
    ['acknowledge', 'retired', true, false],
  ];
  it.each(cases)('%s a %s version (published %s) → allowed %s', (step, status, published, allowed) => {
    expect(refuseStep(step, { status, publishedAt: published ? new Date() : null }) === null).toBe(allowed);
  });
});

describe('policyStatus', () => {
  const v = (...statuses: VersionStatus[]) => statuses.map((status) => ({ status }));
  it.each([
    [false, v('draft'), 'draft'],
    [false, v('in_review'), 'in_review'],
    [false, v('retired', 'approved', 'draft'), 'approved'],
    [false, v('retired', 'retired'), 'retired'],
    [true, v('approved'), 'retired'],
  ] as const)('retired %s, versions %j → %s', (retired, versions, expected) => expect(policyStatus(retired, versions)).toBe(expected));
});
