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
