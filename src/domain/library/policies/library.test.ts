import { describe, expect, it } from 'vitest';
import { CRITERIA, CRITERION_IDS } from '../../catalog/index.ts';
import {
  DEFAULT_REVIEW_INTERVAL_MONTHS,
  PLACEHOLDER_GUIDE,
  POLICY_LIBRARY,
  POLICY_LIBRARY_VERSION,
  extractPlaceholders,
  fillPlaceholders,
  getPolicyTemplate,
  templatesForCategories,
  validatePolicyLibrary,
  type PolicyTemplate,
} from './index.ts';

const EXPECTED_KEYS = [
  'information_security',
  'access_control',
  'change_management',
  'incident_response',
  'business_continuity_disaster_recovery',
  'vendor_management',
  'acceptable_use',
  'data_classification_handling',
  'encryption',
  'vulnerability_management',
  'risk_assessment',
  'backup',
  'security_awareness_training',
  'code_of_conduct',
  'privacy',
  'data_retention_disposal',
  'asset_management',
];

const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;

/** Bullet items listed under "## Related documents". */
function relatedDocuments(body: string): string[] {
  const section = body.split('\n## Related documents\n')[1] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2).trim());
}

describe('the shipped policy library', () => {
  it('is valid', () => {
    expect(validatePolicyLibrary(POLICY_LIBRARY, CRITERION_IDS)).toEqual([]);
  });

  it('has a version', () => {
    expect(POLICY_LIBRARY_VERSION).toBe('attest-policies-1');
  });

  it('contains exactly the 17 expected templates', () => {
    expect(POLICY_LIBRARY).toHaveLength(17);
    expect(POLICY_LIBRARY.map((t) => t.key).sort()).toEqual([...EXPECTED_KEYS].sort());
  });

  it.each(EXPECTED_KEYS)('can look up %s', (key) => {
    expect(getPolicyTemplate(POLICY_LIBRARY, key)?.key).toBe(key);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(POLICY_LIBRARY)).toBe(true);
  });

  it('offers the privacy template only when privacy is in scope', () => {
    const without = templatesForCategories(POLICY_LIBRARY, ['security', 'availability', 'confidentiality']);
    const withPrivacy = templatesForCategories(POLICY_LIBRARY, ['security', 'privacy']);
    expect(without.map((t) => t.key)).not.toContain('privacy');
    expect(without).toHaveLength(16);
    expect(withPrivacy.map((t) => t.key)).toContain('privacy');
    expect(withPrivacy).toHaveLength(17);
    expect(getPolicyTemplate(POLICY_LIBRARY, 'privacy')?.requiresCategory).toBe('privacy');
  });

  it('needs no category other than privacy for any template', () => {
    const gated = POLICY_LIBRARY.filter((t) => t.requiresCategory !== null).map((t) => t.key);
    expect(gated).toEqual(['privacy']);
  });

  it('defaults every review interval to twelve months', () => {
    for (const t of POLICY_LIBRARY) expect(t.reviewIntervalMonths, t.key).toBe(DEFAULT_REVIEW_INTERVAL_MONTHS);
    expect(DEFAULT_REVIEW_INTERVAL_MONTHS).toBe(12);
  });

  it.each(POLICY_LIBRARY.map((t) => [t.key, t] as const))('%s reads as a concise policy of 400–1000 words', (_key, t) => {
    const words = wordCount(t.body);
    expect(words).toBeGreaterThanOrEqual(400);
    expect(words).toBeLessThanOrEqual(1000);
    expect(t.body).toMatch(/\n## Related documents\n/);
    expect(t.body).toMatch(/annually/);
  });

  it('maps the privacy template to every privacy criterion and nothing else', () => {
    const privacy = getPolicyTemplate(POLICY_LIBRARY, 'privacy')!;
    expect(privacy.criteria.every((id) => id.startsWith('P'))).toBe(true);
    const privacyIds = CRITERIA.filter((c) => c.category === 'privacy').map((c) => c.id);
    expect([...privacy.criteria].sort()).toEqual([...privacyIds].sort());
  });

  it('cross-references only policies that exist and are always offered alongside it', () => {
    const titles = new Map(POLICY_LIBRARY.map((t) => [t.title, t]));
    for (const t of POLICY_LIBRARY) {
      for (const doc of relatedDocuments(t.body)) {
        if (!/(Policy|Code of Conduct)$/.test(doc) || doc.startsWith('Public ')) continue;
        const target = titles.get(doc);
        expect(target, `${t.key} refers to "${doc}"`).toBeDefined();
        expect(target!.key, `${t.key} refers to itself`).not.toBe(t.key);
        if (t.requiresCategory === null) {
          expect(target!.requiresCategory, `${t.key} refers to the optional "${doc}"`).toBeNull();
        }
      }
    }
  });

  it('documents every placeholder it uses, and nothing else', () => {
    const used = new Set(POLICY_LIBRARY.flatMap((t) => extractPlaceholders(t.body)));
    expect([...used].sort()).toEqual(Object.keys(PLACEHOLDER_GUIDE).sort());
  });

  it('fills completely from the example values', () => {
    const examples = Object.fromEntries(Object.entries(PLACEHOLDER_GUIDE).map(([name, g]) => [name, g.example]));
    for (const t of POLICY_LIBRARY) {
      const { text, missing } = fillPlaceholders(t.body, examples);
      expect(missing, t.key).toEqual([]);
      expect(text, t.key).not.toMatch(/\{\{|\}\}/);
      expect(text, t.key).not.toMatch(/\b[Tt]he the\b/);
    }
  });

  it('keeps placeholder names consistent across templates', () => {
    // Shared facts (such as the recovery point objective) use one name everywhere.
    const owners = (name: string): string[] =>
      POLICY_LIBRARY.filter((t) => t.placeholders.includes(name)).map((t) => t.key);
    expect(owners('rpo_hours')).toEqual(expect.arrayContaining(['backup', 'business_continuity_disaster_recovery']));
    expect(owners('backup_retention_days')).toEqual(expect.arrayContaining(['backup', 'data_retention_disposal']));
  });
});

/** Ids in `required` that no template in `library` lists. */
function unsupported(library: readonly PolicyTemplate[], required: readonly string[]): string[] {
  const supported = new Set(library.flatMap((t) => t.criteria));
  return required.filter((id) => !supported.has(id));
}

describe('criteria coverage', () => {
  const supported = new Set(POLICY_LIBRARY.flatMap((t) => t.criteria));
  const required = CRITERION_IDS.filter((id) => /^CC[1235]\./.test(id));

  it('finds no gaps in CC1, CC2, CC3 and CC5', () => {
    expect(unsupported(POLICY_LIBRARY, required)).toEqual([]);
  });

  it('would notice a gap if a policy were dropped', () => {
    const withoutGovernance = POLICY_LIBRARY.filter((t) => t.key !== 'information_security');
    expect(unsupported(withoutGovernance, required)).toEqual(['CC1.2', 'CC1.3', 'CC5.3']);
  });

  it('checks all 15 criteria of CC1, CC2, CC3 and CC5', () => {
    expect(required).toHaveLength(15);
  });

  it.each(required)('%s is supported by at least one policy', (id) => {
    expect(supported.has(id)).toBe(true);
  });

  it('meets CC5.3 through the policy framework in the Information Security Policy', () => {
    expect(getPolicyTemplate(POLICY_LIBRARY, 'information_security')?.criteria).toContain('CC5.3');
  });
});
