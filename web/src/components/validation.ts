// Client-side checks that mirror the contract's rules, so people see problems before submitting.
export function validateEmail(value: string): string | null {
  const v = value.trim();
  if (!v) return 'Enter an email address';
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? null : 'Enter a valid email address';
}

export function validateNewPassword(value: string): string | null {
  if (value.length < 12) return 'Use at least 12 characters';
  if (value.length > 256) return 'Use at most 256 characters';
  return null;
}

/** A required line of text, as the contract's Line(max): trimmed, 1 to max characters. */
export function requiredText(max: number, empty = 'Required') {
  return (value: string | null | undefined): string | null => {
    const v = (value ?? '').trim();
    if (!v) return empty;
    return v.length > max ? `Use at most ${max} characters` : null;
  };
}

/** Optional text with a maximum length, as the contract's Notes(max). */
export function optionalText(max: number) {
  return (value: string | null | undefined): string | null =>
    (value ?? '').trim().length > max ? `Use at most ${max} characters` : null;
}
