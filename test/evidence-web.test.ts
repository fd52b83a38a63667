// The web app's pure evidence helpers: the CSV preview reader, which preview a type gets, sizes, the
// default period, and the evidence filters read from a URL (deep links such as /evidence?controlId=…).
import { describe, expect, it } from 'vitest';
import { defaultPeriod, formatBytes } from '../web/src/components/EvidenceUploadFormat.ts';
import { parseCsv, previewKind } from '../web/src/components/FilePreviewFormat.ts';
import type { EvidenceItem } from '../src/contract/evidence.ts';
import { filterFromParams, visibleItems } from '../web/src/routes/(app)/evidence/evidenceData.ts';

describe('parseCsv', () => {
  it.each([
    ['a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['a,b\r\n1,2', [['a', 'b'], ['1', '2']]],
    ['"x, y",z\n', [['x, y', 'z']]],
    ['"say ""hi""",2\n', [['say "hi"', '2']]],
    ['"two\nlines",3\n', [['two\nlines', '3']]],
    [',\n', [['', '']]],
    ['', []],
  ])('reads %j', (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it('stops at the row limit', () => {
    const text = Array.from({ length: 500 }, (_, i) => `r${i},x`).join('\n');
    const rows = parseCsv(text, 200);
    expect(rows).toHaveLength(200);
    expect(rows[199]).toEqual(['r199', 'x']);
  });
});

describe('previewKind', () => {
  it.each([
    ['image/png', 'image'], ['image/jpeg', 'image'], ['image/svg+xml', 'none'], ['application/pdf', 'pdf'],
    ['text/csv', 'csv'], ['text/plain; charset=utf-8', 'text'], ['application/json', 'text'],
    ['application/zip', 'none'], ['application/octet-stream', 'none'], ['text/html', 'none'],
  ])('%s → %s', (type, kind) => {
    expect(previewKind(type)).toBe(kind);
  });
});

describe('formatBytes', () => {
  it.each([[0, '0 B'], [1023, '1023 B'], [1024, '1.0 KB'], [1536, '1.5 KB'], [20 * 1024 * 1024, '20 MB'], [3 * 1024 ** 3, '3.0 GB']])('%d → %s', (n, text) => {
    expect(formatBytes(n)).toBe(text);
  });
});

describe('defaultPeriod', () => {
  it('runs from the first day of the current quarter to today', () => {
    expect(defaultPeriod(new Date(2026, 4, 17))).toEqual({ start: '2026-04-01', end: '2026-05-17' });
    expect(defaultPeriod(new Date(2026, 0, 1))).toEqual({ start: '2026-01-01', end: '2026-01-01' });
    expect(defaultPeriod(new Date(2026, 11, 31))).toEqual({ start: '2026-10-01', end: '2026-12-31' });
  });
});

describe('filterFromParams', () => {
  it('reads a deep link', () => {
    const id = '0b8f9a52-4a8e-4a53-9d59-4c3c2f1d8e11';
    expect(filterFromParams(new URLSearchParams(`controlId=${id}&from=2026-01-01&to=2026-03-31&source=upload&q=%20notes%20`))).toEqual({
      systemId: undefined, controlId: id, criterionId: undefined, category: undefined, from: '2026-01-01', to: '2026-03-31',
      source: 'upload', collectedBy: undefined, q: 'notes', includeRemoved: undefined,
    });
  });

  it('drops values the API would refuse', () => {
    const f = filterFromParams(new URLSearchParams('from=yesterday&to=2026-13&source=email&includeRemoved=yes'));
    expect(f.from).toBeUndefined();
    expect(f.to).toBeUndefined();
    expect(f.source).toBeUndefined();
    expect(f.includeRemoved).toBeUndefined();
    expect(filterFromParams(new URLSearchParams('includeRemoved=true')).includeRemoved).toBe(true);
  });
});

describe('visibleItems', () => {
  const item = (id: string, status: 'current' | 'superseded' | 'removed') => ({ id, status }) as unknown as EvidenceItem;
  const pages = [{ items: [item('a', 'current'), item('b', 'superseded')], nextCursor: 'x' }, { items: [item('c', 'removed'), item('d', 'current')], nextCursor: null }];
  it('shows current items only, unless the whole history is asked for', () => {
    expect(visibleItems(pages, false).map((e) => e.id)).toEqual(['a', 'd']);
    expect(visibleItems(pages, true).map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(visibleItems(undefined, false)).toEqual([]);
  });
});
