// Labels of the control vocabulary, as select options (the labels themselves come from the contract).
import {
  CONTROL_FREQUENCIES, CONTROL_NATURES, CONTROL_TYPES, FREQUENCY_LABELS, NATURE_LABELS, TYPE_LABELS,
} from '../../../contract.ts';

export const FREQUENCY_OPTIONS = CONTROL_FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABELS[f] }));
export const NATURE_OPTIONS = CONTROL_NATURES.map((n) => ({ value: n, label: NATURE_LABELS[n] }));
export const TYPE_OPTIONS = CONTROL_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }));

export type StatusFilter = 'active' | 'retired' | 'all';
export const STATUS_OPTIONS: { value: StatusFilter; label: string }[] = [
  { value: 'active', label: 'Active' },
  { value: 'retired', label: 'Retired' },
  { value: 'all', label: 'All' },
];
