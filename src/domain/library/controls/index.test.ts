import { describe, expect, it } from 'vitest';
import {
  areaLabel,
  CONTROL_FREQUENCIES,
  CONTROL_LIBRARY,
  CONTROL_NATURES,
  CONTROL_TYPES,
  controlsForCriterion,
  ControlTemplateSchema,
  FREQUENCY_LABELS,
  getControlTemplate,
  NATURE_LABELS,
  TYPE_LABELS,
} from './index.ts';

describe('getControlTemplate', () => {
  it('finds a control by code regardless of case and surrounding space', () => {
    expect(getControlTemplate(CONTROL_LIBRARY, 'AC-04')?.title).toBe('Quarterly user access review');
    expect(getControlTemplate(CONTROL_LIBRARY, ' ac-04 ')?.code).toBe('AC-04');
  });

  it('returns undefined for an unknown code', () => {
    expect(getControlTemplate(CONTROL_LIBRARY, 'AC-99')).toBeUndefined();
    expect(getControlTemplate(CONTROL_LIBRARY, '')).toBeUndefined();
  });
});

describe('controlsForCriterion', () => {
  it('returns the controls mapped to a criterion, case-insensitively', () => {
    const codes = controlsForCriterion(CONTROL_LIBRARY, 'cc8.1').map((c) => c.code);
    expect(codes).toContain('CHG-01');
    expect(codes).toContain('CHG-05');
    expect(codes).not.toContain('AC-04');
    expect(controlsForCriterion(CONTROL_LIBRARY, 'CC8.1').map((c) => c.code)).toEqual(codes);
  });

  it('only returns controls that actually list the criterion', () => {
    for (const control of controlsForCriterion(CONTROL_LIBRARY, 'A1.3')) {
      expect(control.criteria).toContain('A1.3');
    }
  });

  it('returns an empty list for an unknown criterion', () => {
    expect(controlsForCriterion(CONTROL_LIBRARY, 'CC10.1')).toEqual([]);
  });
});

describe('labels', () => {
  it('labels every frequency, nature and type', () => {
    expect(Object.keys(FREQUENCY_LABELS).sort()).toEqual([...CONTROL_FREQUENCIES].sort());
    expect(Object.keys(NATURE_LABELS).sort()).toEqual([...CONTROL_NATURES].sort());
    expect(Object.keys(TYPE_LABELS).sort()).toEqual([...CONTROL_TYPES].sort());
  });

  it('uses readable wording', () => {
    expect(FREQUENCY_LABELS.semi_annual).toBe('Semi-annual');
    expect(FREQUENCY_LABELS.per_occurrence).toBe('Per occurrence');
    expect(NATURE_LABELS.it_dependent_manual).toBe('IT-dependent manual');
    expect(TYPE_LABELS.corrective).toBe('Corrective');
  });

  it('labels areas and falls back to the code for unknown ones', () => {
    expect(areaLabel('AC')).toBe('Access control');
    expect(areaLabel('XYZ')).toBe('XYZ');
  });
});

describe('ControlTemplateSchema', () => {
  it('accepts every shipped control', () => {
    for (const control of CONTROL_LIBRARY) expect(ControlTemplateSchema.safeParse(control).success).toBe(true);
  });

  it('is strict about unknown fields', () => {
    expect(ControlTemplateSchema.safeParse({ ...CONTROL_LIBRARY[0], extra: 1 }).success).toBe(false);
  });
});
