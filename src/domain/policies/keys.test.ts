import { describe, expect, it } from 'vitest';
import { keyFromTitle, uniqueKey } from './keys.ts';

describe('keyFromTitle', () => {
  it.each([
    ['Access Control Policy', 'access_control_policy'],
    ['  Données & Privé!  ', 'donnees_prive'],
    ['2FA rules', 'policy_2fa_rules'],
    ['!!!', 'policy'],
    ['x'.repeat(100), 'x'.repeat(64)],
  ])('%j → %s', (title, key) => expect(keyFromTitle(title)).toBe(key));
});

describe('uniqueKey', () => {
  it('keeps a free key and numbers a taken one', () => {
    expect(uniqueKey('backup', new Set())).toBe('backup');
    expect(uniqueKey('backup', new Set(['backup', 'backup_2']))).toBe('backup_3');
  });
});
