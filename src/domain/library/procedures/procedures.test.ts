import { describe, expect, it } from 'vitest';
import { CONTROL_FREQUENCIES, CONTROL_LIBRARY, CONTROL_NATURES } from '../controls/index.ts';
import { PROCEDURE_STEPS } from './library.ts';
import { asPerformed, defaultProceduresFor, libraryProceduresFor, PROCEDURE_TYPE_LABELS, PROCEDURE_TYPES, PROCEDURE_VERBS } from './index.ts';

const opensWithVerbOfItsType = (type: (typeof PROCEDURE_TYPES)[number], text: string) =>
  PROCEDURE_VERBS[type].some((verb) => text.startsWith(`${verb} `) || text.startsWith(`${verb}, `));

describe('procedure library', () => {
  it('has procedures for every control of the starter library', () => {
    const missing = CONTROL_LIBRARY.filter((c) => (libraryProceduresFor(c.code) ?? []).length === 0).map((c) => c.code);
    expect(missing).toEqual([]);
  });

  it('has no procedures for codes outside the control library', () => {
    const codes = new Set(CONTROL_LIBRARY.map((c) => c.code));
    expect(Object.keys(PROCEDURE_STEPS).filter((code) => !codes.has(code))).toEqual([]);
  });

  it.each(CONTROL_LIBRARY.map((c) => [c.code, c] as const))('%s: valid types, non-empty unique texts, an inquiry first', (code, control) => {
    const procedures = defaultProceduresFor(code, control);
    expect(procedures.length).toBeGreaterThanOrEqual(2);
    for (const p of procedures) {
      expect(PROCEDURE_TYPES).toContain(p.type);
      expect(p.text.trim()).not.toBe('');
      expect(p.text.endsWith('.')).toBe(true);
      expect({ text: p.text, opensWithVerb: opensWithVerbOfItsType(p.type, p.text) }).toEqual({ text: p.text, opensWithVerb: true });
    }
    expect(new Set(procedures.map((p) => p.text)).size).toBe(procedures.length);
    expect(procedures[0]!.type).toBe('inquiry');
    // Inquiry alone is never enough evidence: each control has at least one other kind of procedure.
    expect(procedures.some((p) => p.type !== 'inquiry')).toBe(true);
  });

  it('gives automated library controls observation or re-performance, not inquiry and inspection alone', () => {
    const offenders = CONTROL_LIBRARY.filter((c) => c.nature === 'automated')
      .filter((c) => !defaultProceduresFor(c.code).some((p) => p.type === 'observation' || p.type === 'reperformance'))
      .map((c) => c.code);
    expect(offenders).toEqual([]);
  });

  it('looks codes up case-insensitively and returns a fresh copy each time', () => {
    const a = defaultProceduresFor(' ac-04 ');
    expect(a).toEqual(libraryProceduresFor('AC-04'));
    a[0]!.text = 'changed';
    expect(defaultProceduresFor('AC-04')[0]!.text).not.toBe('changed');
  });

  it('labels every procedure type', () => {
    expect(Object.keys(PROCEDURE_TYPE_LABELS).sort()).toEqual([...PROCEDURE_TYPES].sort());
  });
});

describe('generic fallback for custom controls', () => {
  it('uses observation, inspection of configuration and re-performance for automated controls', () => {
    const procedures = defaultProceduresFor('CUST-01', { nature: 'automated', frequency: 'continuous', title: 'Nightly key rotation' });
    expect(procedures.map((p) => p.type)).toEqual(['inquiry', 'observation', 'inspection', 'reperformance']);
    expect(procedures[0]!.text).toContain('\u201cNightly key rotation\u201d');
  });

  it('uses inquiry and inspection of sampled occurrences for manual per-occurrence controls', () => {
    const procedures = defaultProceduresFor('CUST-02', { nature: 'manual', frequency: 'per_occurrence' });
    expect(procedures.map((p) => p.type)).toEqual(['inquiry', 'inspection']);
    expect(procedures[1]!.text).toContain('sampled occurrences');
  });

  it.each([
    ['weekly', 'each sampled week'],
    ['monthly', 'each sampled month'],
    ['quarterly', 'each sampled quarter'],
    ['semi_annual', 'each sampled half-year'],
    ['annual', 'most recent annual performance'],
  ] as const)('names the %s period in the inspection of a periodic review', (frequency, phrase) => {
    const procedures = defaultProceduresFor('CUST-03', { nature: 'manual', frequency });
    expect(procedures[1]!.text).toContain(phrase);
  });

  it('adds a check of the system report for IT-dependent manual controls', () => {
    const manual = defaultProceduresFor('X', { nature: 'manual', frequency: 'monthly' });
    const itDependent = defaultProceduresFor('X', { nature: 'it_dependent_manual', frequency: 'monthly' });
    expect(itDependent.length).toBe(manual.length + 1);
    expect(itDependent.at(-1)!.text).toContain('complete and accurate');
  });

  it('falls back to a manual per-occurrence set when nothing is known about the control', () => {
    expect(defaultProceduresFor('UNKNOWN-9')).toEqual(defaultProceduresFor('UNKNOWN-9', { nature: 'manual', frequency: 'per_occurrence' }));
  });

  it('produces valid, unique procedures for every nature and frequency', () => {
    for (const nature of CONTROL_NATURES) {
      for (const frequency of CONTROL_FREQUENCIES) {
        const procedures = defaultProceduresFor('CUSTOM', { nature, frequency });
        expect(procedures.every((p) => opensWithVerbOfItsType(p.type, p.text))).toBe(true);
        expect(new Set(procedures.map((p) => p.text)).size).toBe(procedures.length);
      }
    }
  });
});

describe('asPerformed', () => {
  it.each([
    ['Inquire of IT how it works.', 'Inquired of IT how it works.'],
    ['Inspect the log.', 'Inspected the log.'],
    ['Observe the setting.', 'Observed the setting.'],
    ['Re-perform the scan.', 'Re-performed the scan.'],
    ['Compare A with B.', 'Compared A with B.'],
    ['Attempt to sign in.', 'Attempted to sign in.'],
    ['Recalculate the counts.', 'Recalculated the counts.'],
    ['Reviewed already.', 'Reviewed already.'],
    ['Inspection of logs.', 'Inspection of logs.'],
  ])('%s → %s', (planned, performed) => {
    expect(asPerformed(planned)).toBe(performed);
  });

  it('turns every library procedure into a past-tense sentence', () => {
    const unchanged = Object.values(PROCEDURE_STEPS).flat().filter(([, text]) => asPerformed(text) === text);
    expect(unchanged).toEqual([]);
  });
});
