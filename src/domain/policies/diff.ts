// Line-based diff of two texts (Myers' O((N+M)·D) algorithm), for comparing policy versions.
// Pure: no I/O. Beyond `maxEdits` differing lines the texts are reported as a whole replacement.

export type DiffKind = 'unchanged' | 'removed' | 'added';

export interface DiffLine {
  kind: DiffKind;
  text: string;
  /** Line number in the old text (1-based); null for an added line. */
  oldLine: number | null;
  /** Line number in the new text (1-based); null for a removed line. */
  newLine: number | null;
}

export interface LineDiff {
  lines: DiffLine[];
  added: number;
  removed: number;
  unchanged: number;
}

type Op = 'eq' | 'del' | 'ins';

/** Splits into lines; a trailing newline does not make an extra empty line, and CRLF counts as LF. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The shortest edit script turning a into b (sequences of interned line ids), or null beyond maxD edits. */
function shortestEdit(a: Int32Array, b: Int32Array, maxD: number): Op[] | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(max, maxD); d++) {
    trace.push(v.slice(off - d, off + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], n: number, m: number): Op[] {
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const vd = trace[d]!; // V before step d, index k + d
    const k = x - y;
    const down = k === -d || (k !== d && vd[k - 1 + d]! < vd[k + 1 + d]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = vd[prevK + d]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push('eq');
      x--;
      y--;
    }
    ops.push(down ? 'ins' : 'del');
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    ops.push('eq');
    x--;
    y--;
  }
  return ops.reverse();
}

function intern(oldLines: string[], newLines: string[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const id = (line: string) => {
    let v = ids.get(line);
    if (v === undefined) ids.set(line, (v = ids.size));
    return v;
  };
  return [Int32Array.from(oldLines, id), Int32Array.from(newLines, id)];
}

/**
 * Compares two texts line by line. Common leading and trailing lines are matched first; the middle is
 * diffed with Myers' algorithm, or shown as removed-then-added when it differs in more than maxEdits lines.
 */
export function diffLines(oldText: string, newText: string, maxEdits = 2000): LineDiff {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const [ia, ib] = intern(a.slice(start, endA), b.slice(start, endB));
  const middle = shortestEdit(ia, ib, maxEdits) ?? [...Array<Op>(ia.length).fill('del'), ...Array<Op>(ib.length).fill('ins')];
  const ops: Op[] = [...Array<Op>(start).fill('eq'), ...middle, ...Array<Op>(a.length - endA).fill('eq')];
  return render(ops, a, b);
}

function render(ops: Op[], a: string[], b: string[]): LineDiff {
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  for (const op of ops) {
    if (op === 'eq') lines.push({ kind: 'unchanged', text: a[i]!, oldLine: ++i, newLine: ++j });
    else if (op === 'del') lines.push({ kind: 'removed', text: a[i]!, oldLine: ++i, newLine: null });
    else lines.push({ kind: 'added', text: b[j]!, oldLine: null, newLine: ++j });
  }
  const count = (kind: DiffKind) => lines.filter((l) => l.kind === kind).length;
  return { lines, added: count('added'), removed: count('removed'), unchanged: count('unchanged') };
}
