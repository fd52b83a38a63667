// Evidence freshness in react-query: a control's timeline and the reminders of evidence due.
// Query roots `freshness` and `reminders` are refreshed by every upload (EvidenceUploadModal).
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../../api.ts';
import type { ControlFreshness, EvidenceReminderList, FreshnessWindow, WindowStatus } from '../../../contract.ts';

export interface FreshnessPeriod {
  from?: string;
  to?: string;
}

export function useControlFreshness(controlId: string, period: FreshnessPeriod) {
  return useQuery({
    queryKey: ['freshness', controlId, period],
    queryFn: () => api.get<ControlFreshness>(`/api/v1/controls/${controlId}/freshness`, { ...period }),
  });
}

export interface ReminderFilter {
  systemId?: string;
  /** A person id, or `me`. */
  ownerId?: string;
  withinDays?: number;
}

export function useEvidenceReminders(filter: ReminderFilter, limit = 50) {
  return useInfiniteQuery({
    queryKey: ['reminders', filter, limit],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => api.get<EvidenceReminderList>('/api/v1/freshness/reminders', { ...filter, limit, cursor: pageParam }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export const STATUS_LABELS: Record<WindowStatus, string> = {
  covered: 'Has evidence',
  missing: 'Missing (overdue)',
  due: 'Due now',
  future: 'Not started',
};

/** Mantine colours of the window states: green covered, red missing, amber due, grey future. */
export const STATUS_COLORS: Record<WindowStatus, string> = {
  covered: 'teal',
  missing: 'red',
  due: 'yellow',
  future: 'gray',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A short label for a window: Q2 2026, H1 2026, May 2026, W19 2026, 4 May 2026, 2026. */
export function windowLabel(label: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-Q(\d)$/.exec(label))) return `Q${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-H(\d)$/.exec(label))) return `H${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(label))) return `W${Number(m[2])} ${m[1]}`;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label))) return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(label))) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  return label;
}

/** A calendar date without time-zone drift: 2026-05-04 → 4 May 2026. */
export function formatDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso;
}

/** One cell of the timeline: a window, or for daily and weekly controls a month of windows. */
export interface TimelineCell {
  key: string;
  label: string;
  status: WindowStatus;
  from: string;
  to: string;
  windows: FreshnessWindow[];
  partial: boolean;
}

function worst(windows: readonly FreshnessWindow[]): WindowStatus {
  if (windows.some((w) => w.status === 'missing')) return 'missing';
  if (windows.some((w) => w.status === 'due')) return 'due';
  return windows.every((w) => w.status === 'future') ? 'future' : 'covered';
}

/** Daily and weekly windows are shown a month per cell (the worst state wins); others one per cell. */
export function timelineCells(frequency: string, windows: readonly FreshnessWindow[]): TimelineCell[] {
  if (frequency !== 'daily' && frequency !== 'weekly') {
    return windows.map((w) => ({ key: w.label, label: windowLabel(w.label), status: w.status, from: w.calendarStart, to: w.calendarEnd, windows: [w], partial: w.partial }));
  }
  const months = new Map<string, FreshnessWindow[]>();
  for (const w of windows) {
    const month = w.start.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), w]);
  }
  return [...months].map(([month, ws]) => ({
    key: month,
    label: windowLabel(month),
    status: worst(ws),
    from: ws[0]!.start,
    to: ws[ws.length - 1]!.end,
    windows: ws,
    partial: ws.some((w) => w.partial),
  }));
}
