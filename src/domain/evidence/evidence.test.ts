import { describe, expect, it } from 'vitest';
import { decideContentType, isPreviewable, looksLikeText, type SniffedType } from './content-type.ts';
import { contentDisposition, extensionOf, sanitizeFileName } from './file-name.ts';
import { canRemove, canSupersede, checkPeriod, evidenceStatus, unknownCriteria, type EvidenceUsage } from './rules.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('file names', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\me\\report.txt', 'report.txt'],
    ['ev\u0000il\nname\r.txt', 'evilname.txt'],
    ['invoice\u202egpj.exe', 'invoicegpj.exe'],
    ['  spaced name.txt  ', 'spaced name.txt'],
    ['..', 'evidence'],
    ['dir/', 'evidence'],
    ['', 'evidence'],
    [undefined, 'evidence'],
    ['.bashrc', '.bashrc'],
    ['Bericht über Zugänge.pdf', 'Bericht über Zugänge.pdf'],
  ])('%j → %j', (raw, expected) => {
    expect(sanitizeFileName(raw)).toBe(expected);
  });

  it('limits the length, keeping the extension', () => {
    const name = sanitizeFileName(`${'a'.repeat(300)}.xlsx`);
    expect(name).toHaveLength(200);
    expect(name.endsWith('.xlsx')).toBe(true);
  });

  it.each([['Report.PDF', 'pdf'], ['.bashrc', ''], ['archive.tar.gz', 'gz'], ['noext', ''], ['trailing.', '']])('extension of %j is %j', (name, ext) => {
    expect(extensionOf(name)).toBe(ext);
  });

  it('offers the name back safely in Content-Disposition', () => {
    expect(contentDisposition('attachment', 'a "quoted" name.pdf')).toBe(`attachment; filename="a _quoted_ name.pdf"; filename*=UTF-8''a%20%22quoted%22%20name.pdf`);
    expect(contentDisposition('inline', 'Zugänge (1).csv')).toBe(`inline; filename="Zug_nge (1).csv"; filename*=UTF-8''Zug%C3%A4nge%20%281%29.csv`);
    expect(contentDisposition('attachment', 'x\r\nSet-Cookie: a=b')).not.toMatch(/[\r\n]/);
  });
});

describe('content type', () => {
  const PDF: SniffedType = { ext: 'pdf', mime: 'application/pdf' };
  const PNG: SniffedType = { ext: 'png', mime: 'image/png' };
  const ZIP: SniffedType = { ext: 'zip', mime: 'application/zip' };
  const ELF: SniffedType = { ext: 'elf', mime: 'application/x-elf' };
  const EXE: SniffedType = { ext: 'exe', mime: 'application/x-msdownload' };
  const BINARY = new Uint8Array([0, 1, 2, 255, 0]);
  const text = bytes('hello, world\n');
  const decide = (fileName: string, sniffed: SniffedType | undefined, head: Uint8Array, declared?: string) => decideContentType({ fileName, declared, sniffed, head, size: head.length });

  it.each([
    // name, sniffed, head, declared, expected type or error code
    ['report.pdf', PDF, BINARY, 'application/pdf', 'application/pdf'],
    ['report', PDF, BINARY, undefined, 'application/pdf'],
    ['shot.png', PNG, BINARY, 'image/png', 'image/png'],
    ['shot.png', PNG, BINARY, 'application/octet-stream', 'image/png'],
    ['users.xlsx', ZIP, BINARY, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['users.csv', undefined, text, 'application/vnd.ms-excel', 'text/csv'],
    ['users.csv', undefined, text, 'text/csv', 'text/csv'],
    ['data.json', undefined, bytes('{"a":1}'), 'application/json', 'application/json'],
    ['notes', undefined, text, 'text/plain', 'text/plain'],
    ['notes.weird', undefined, text, undefined, 'text/plain'],
    ['blob.bin', undefined, BINARY, undefined, 'application/octet-stream'],
    ['memo.txt', EXE, bytes('MZ is how this memo starts\n'), undefined, 'text/plain'],
    ['report.pdf', undefined, text, undefined, 'evidence_type_mismatch'],
    ['report.pdf', undefined, BINARY, undefined, 'evidence_type_mismatch'],
    ['photo.jpg', PNG, BINARY, undefined, 'evidence_type_mismatch'],
    ['scan', PNG, BINARY, 'application/pdf', 'evidence_type_mismatch'],
    ['notes.txt', PNG, BINARY, undefined, 'evidence_type_mismatch'],
    ['shot', PNG, BINARY, 'text/plain', 'evidence_type_mismatch'],
    ['tool', ELF, BINARY, undefined, 'evidence_type_not_allowed'],
    ['setup.pdf', EXE, BINARY, undefined, 'evidence_type_not_allowed'],
    ['run.txt', undefined, bytes('#!/bin/sh\necho hi\n'), undefined, 'evidence_type_not_allowed'],
    ['deploy.sh', undefined, bytes('echo hi\n'), undefined, 'evidence_type_not_allowed'],
    ['install.exe', ZIP, BINARY, undefined, 'evidence_type_not_allowed'],
  ] as const)('%s sniffed %o declared %s → %s', (name, sniffed, head, declared, expected) => {
    const d = decide(name, sniffed, head, declared);
    expect(d.ok ? d.contentType : d.code).toBe(expected);
    if (!d.ok) expect(d.message.length).toBeGreaterThan(10);
  });

  it('treats a multi-byte character cut at the end of the head as text, but not invalid UTF-8', () => {
    const euro = bytes('price: €');
    expect(looksLikeText(euro.subarray(0, euro.length - 1), euro.length + 100)).toBe(true);
    expect(looksLikeText(euro.subarray(0, euro.length - 1), euro.length - 1)).toBe(false);
    expect(looksLikeText(new Uint8Array([0xff, 0xfe, 0x41]), 3)).toBe(false);
    expect(looksLikeText(new Uint8Array([0x41, 0x00, 0x42]), 3)).toBe(false);
    expect(looksLikeText(new Uint8Array([]), 0)).toBe(false);
  });

  it('previews only images, PDF, plain text and CSV', () => {
    expect(['image/png', 'image/jpeg', 'application/pdf', 'text/plain', 'text/csv'].every(isPreviewable)).toBe(true);
    expect(['text/html', 'image/svg+xml', 'application/json', 'application/zip', 'application/octet-stream'].some(isPreviewable)).toBe(false);
  });
});

describe('lifecycle rules', () => {
  it('derives the status: removal wins over a newer version', () => {
    expect(evidenceStatus({ supersededById: null, removedAt: null })).toBe('current');
    expect(evidenceStatus({ supersededById: 'x', removedAt: null })).toBe('superseded');
    expect(evidenceStatus({ supersededById: 'x', removedAt: new Date() })).toBe('removed');
    expect(evidenceStatus({ supersededById: null, removedAt: '2026-01-01T00:00:00Z' })).toBe('removed');
  });

  it('checks the period and the criteria', () => {
    expect(checkPeriod('2026-01-01', '2026-03-31')).toEqual([]);
    expect(checkPeriod('2026-01-01', '2026-01-01')).toEqual([]);
    expect(checkPeriod('2026-04-01', '2026-03-31')).toEqual([{ path: 'periodEnd', message: 'must be on or after periodStart' }]);
    expect(unknownCriteria(['CC6.1', 'CC9.9', 'A1.2', 'X1.1'], (id) => ['CC6.1', 'A1.2'].includes(id))).toEqual([
      { path: 'criterionIds.1', message: 'CC9.9 is not a criterion in the catalog' },
      { path: 'criterionIds.3', message: 'X1.1 is not a criterion in the catalog' },
    ]);
  });

  const use = (kind: EvidenceUsage['kind'], label: string): EvidenceUsage => ({ kind, id: label, label });
  it.each([
    ['current', [], 'ok'],
    ['current', [use('engagement', 'FY26 Type II')], 'evidence_in_use'],
    ['current', [use('request', 'Access review Q1')], 'evidence_in_use'],
    ['superseded', [], 'evidence_not_current'],
    ['removed', [], 'evidence_not_current'],
    ['removed', [use('engagement', 'FY26 Type II')], 'evidence_not_current'],
  ] as const)('a %s item used by %j → %s', (status, usages, expected) => {
    const d = canRemove(status, usages);
    expect(d.ok ? 'ok' : d.code).toBe(expected);
  });

  it('names what uses the item', () => {
    const d = canRemove('current', [use('engagement', 'E1'), use('request', 'R1'), use('request', 'R2'), use('request', 'R3'), use('request', 'R4')]);
    expect(d).toEqual({ ok: false, code: 'evidence_in_use', message: 'This evidence is used by engagement "E1", request "R1", request "R2" and 2 more and cannot be removed.' });
  });

  it('supersedes only the current version', () => {
    expect(canSupersede('current')).toEqual({ ok: true });
    expect(canSupersede('superseded')).toMatchObject({ ok: false, code: 'evidence_not_current' });
    expect(canSupersede('removed')).toMatchObject({ ok: false, code: 'evidence_not_current' });
  });
});
