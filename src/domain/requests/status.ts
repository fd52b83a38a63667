// A request's life: open → submitted → accepted, or → returned (with a comment) → submitted again.
import type { RequestStatus } from '../../contract/requests.ts';

export const REQUEST_MOVES = ['submit', 'accept', 'return'] as const;
export type RequestMove = (typeof REQUEST_MOVES)[number];

/** Each move, the statuses it may start from, and where it leads. */
export const TRANSITIONS: Readonly<Record<RequestMove, { from: readonly RequestStatus[]; to: RequestStatus }>> = {
  submit: { from: ['open', 'returned'], to: 'submitted' },
  accept: { from: ['submitted'], to: 'accepted' },
  return: { from: ['submitted'], to: 'returned' },
};

export type MoveResult = { ok: true; to: RequestStatus } | { ok: false; message: string };

export function applyMove(current: RequestStatus, move: RequestMove): MoveResult {
  const t = TRANSITIONS[move];
  if (t.from.includes(current)) return { ok: true, to: t.to };
  return { ok: false, message: `A ${current} request cannot be ${PAST[move]}; only a request that is ${t.from.join(' or ')} can.` };
}

const PAST: Record<RequestMove, string> = { submit: 'submitted', accept: 'accepted', return: 'returned' };

/** Who must respond next: the assignee while open or returned, the requester while submitted, nobody once accepted. */
export function awaiting(status: RequestStatus): 'assignee' | 'requester' | 'nobody' {
  if (status === 'submitted') return 'requester';
  return status === 'accepted' ? 'nobody' : 'assignee';
}
