import { describe, expect, it } from 'vitest';
import { diffLines, splitLines, type DiffLine } from './diff.ts';

/** Compact form: ' ' unchanged, '-' removed, '+' added. */
const compact = (lines: DiffLine[]) => lines.map((l) => `${l.kind === 'unchanged' ? ' ' : l.kind === 'removed' ? '-' : '+'}${l.text}`);

/** Applying the diff gives back both texts (old = unchanged + removed, new = unchanged + added). */
function sides(lines: DiffLine[]) {
  return {
    old: lines.filter((l) => l.kind !== 'added').map((l) => l.text),
    new: lines.filter((l) => l.kind !== 'removed').map((l) => l.text),
  };
}

describe('splitLines', () => {
  it.each([
    ['', []],
    ['a', ['a']],
    ['a\n', ['a']],
    ['a\r\nb', ['a', 'b']],
    ['a\n\nb\n', ['a', '', 'b']],
  ])('%j → %j', (text, lines) => expect(splitLines(text)).toEqual(lines));
});

describe('diffLines', () => {
  const cases: Array<[string, string, string, string[]]> = [
    ['identical', 'a\nb\nc', 'a\nb\nc', [' a', ' b', ' c']],
    ['both empty', '', '', []],
    ['from empty', '', 'a\nb', ['+a', '+b']],
    ['to empty', 'a\nb', '', ['-a', '-b']],
    ['line added in the middle', 'a\nc', 'a\nb\nc', [' a', '+b', ' c']],
    ['line removed at the start', 'a\nb\nc', 'b\nc', ['-a', ' b', ' c']],
    ['line changed', 'a\nb\nc', 'a\nB\nc', [' a', '-b', '+B', ' c']],
    ['classic Myers example', 'A\nB\nC\nA\nB\nB\nA', 'C\nB\nA\nB\nA\nC', ['-A', '-B', ' C', '+B', ' A', ' B', '-B', ' A', '+C']],
    ['all different', 'a\nb', 'c\nd', ['-a', '-b', '+c', '+d']],
  ];
  it.each(cases)('%s', (_name, before, after, expected) => {
    const diff = diffLines(before, after);
    expect(compact(diff.lines)).toEqual(expected);
    expect(sides(diff.lines)).toEqual({ old: splitLines(before), new: splitLines(after) });
  });

  it('numbers lines on each side', () => {
    const { lines, added, removed, unchanged } = diffLines('a\nb\nc', 'a\nx\nc\nd');
    expect(lines).toEqual([
      { kind: 'unchanged', text: 'a', oldLine: 1, newLine: 1 },
      { kind: 'removed', text: 'b', oldLine: 2, newLine: null },
      { kind: 'added', text: 'x', oldLine: null, newLine: 2 },
      { kind: 'unchanged', text: 'c', oldLine: 3, newLine: 3 },
      { kind: 'added', text: 'd', oldLine: null, newLine: 4 },
    ]);
    expect({ added, removed, unchanged }).toEqual({ added: 2, removed: 1, unchanged: 2 });
  });

  it('finds a minimal edit script on pseudo-random texts and always reproduces both sides', () => {
    let seed = 42;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 200; round++) {
      const a = Array.from({ length: rnd(12) }, () => 'abcd'[rnd(4)]!).join('\n');
      const b = Array.from({ length: rnd(12) }, () => 'abcd'[rnd(4)]!).join('\n');
      const diff = diffLines(a, b);
      expect(sides(diff.lines)).toEqual({ old: splitLines(a), new: splitLines(b) });
      expect(diff.unchanged).toBe(lcsLength(splitLines(a), splitLines(b)));
    }
  });

  it('reports a whole replacement beyond the edit bound, still consistent', () => {
    const a = Array.from({ length: 50 }, (_, i) => `old ${i}`).join('\n');
    const b = Array.from({ length: 50 }, (_, i) => (i % 2 ? `old ${i}` : `new ${i}`)).join('\n');
    const bounded = diffLines(a, b, 10);
    expect(sides(bounded.lines)).toEqual({ old: splitLines(a), new: splitLines(b) });
    expect(bounded.unchanged).toBe(1); // only the common last line
    expect(diffLines(a, b).unchanged).toBe(25);
  });

  it('handles a long policy with a few edits quickly', () => {
    const a = Array.from({ length: 5000 }, (_, i) => `line ${i}`);
    const b = [...a];
    b.splice(2500, 1, 'changed');
    b.push('appended');
    const diff = diffLines(a.join('\n'), b.join('\n'));
    expect({ added: diff.added, removed: diff.removed }).toEqual({ added: 2, removed: 1 });
  });
});

function lcsLength(a: string[], b: string[]): number {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) dp[i]![j] = a[i - 1] === b[j - 1] ? dp[i - 1]![j - 1]! + 1 : Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!);
  return dp[a.length]![b.length]!;
}
