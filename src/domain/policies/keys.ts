// Keys of custom policies: derived from the title when the author gives none.

/** A lower snake_case key from a title: "Access Control Policy" → "access_control_policy". */
export function keyFromTitle(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const key = /^[a-z]/.test(words) ? words : `policy_${words}`;
  return key.slice(0, 64).replace(/_+$/, '') || 'policy';
}

/** The key itself when free, otherwise the first of key_2, key_3, … that is. */
export function uniqueKey(key: string, taken: ReadonlySet<string>): string {
  if (!taken.has(key)) return key;
  for (let i = 2; ; i++) {
    const candidate = `${key.slice(0, 60)}_${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}
