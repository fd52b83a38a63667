// Natural ordering of criterion ids: CC1.1 … CC9.2, A1, C1, PI1, P1 … P8,
// with numbers compared numerically (CC6.9 < CC6.10).

const PREFIX_ORDER: readonly string[] = ['CC', 'A', 'C', 'PI', 'P'];
const ID_SHAPE = /^([A-Z]+)(\d+)\.(\d+)$/;

interface IdKey {
  readonly rank: number;
  readonly prefix: string;
  readonly series: number;
  readonly item: number;
}

function idKey(id: string): IdKey | undefined {
  const match = ID_SHAPE.exec(id.trim().toUpperCase());
  if (!match) return undefined;
  const [, prefix = '', series = '0', item = '0'] = match;
  const known = PREFIX_ORDER.indexOf(prefix);
  return {
    rank: known === -1 ? PREFIX_ORDER.length : known,
    prefix,
    series: Number(series),
    item: Number(item),
  };
}

function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function compareKeys(a: IdKey, b: IdKey): number {
  return (
    a.rank - b.rank ||
    compareStrings(a.prefix, b.prefix) ||
    a.series - b.series ||
    a.item - b.item
  );
}

/**
 * Comparator for criterion ids in natural catalog order. Ids that do not look
 * like `PREFIX<n>.<m>` sort after all well-formed ids, by plain string order.
 */
export function compareCriterionIds(a: string, b: string): number {
  const ka = idKey(a);
  const kb = idKey(b);
  if (ka && kb) return compareKeys(ka, kb) || compareStrings(a, b);
  if (ka) return -1;
  if (kb) return 1;
  return compareStrings(a, b);
}
