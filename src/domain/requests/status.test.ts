import { describe, expect, it } from 'vitest';
import { REQUEST_STATUSES, type RequestStatus } from '../../contract/requests.ts';
import { applyMove, awaiting, REQUEST_MOVES, type RequestMove } from './status.ts';

describe('applyMove', () => {
  // Every status × every move, written out: the allowed ones lead somewhere, all others are refused.
  const table: Array<[RequestStatus, RequestMove, RequestStatus | null]> = [
    ['open', 'submit', 'submitted'],
    ['open', 'accept', null],
    ['open', 'return', null],
    ['submitted', 'submit', null],
    ['submitted', 'accept', 'accepted'],
    ['submitted', 'return', 'returned'],
    ['returned', 'submit', 'submitted'],
    ['returned', 'accept', null],
    ['returned', 'return', null],
    ['accepted', 'submit', null],
    ['accepted', 'accept', null],
    ['accepted', 'return', null],
  ];
  it('covers every status and move', () => {
    expect(table.length).toBe(REQUEST_STATUSES.length * REQUEST_MOVES.length);
  });
  it.each(table)('%s + %s → %s', (from, move, to) => {
    const result = applyMove(from, move);
    if (to === null) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain(from);
    } else expect(result).toEqual({ ok: true, to });
  });
});

describe('awaiting', () => {
  it.each([
    ['open', 'assignee'],
    ['returned', 'assignee'],
    ['submitted', 'requester'],
    ['accepted', 'nobody'],
  ] as const)('%s waits on the %s', (status, who) => {
    expect(awaiting(status)).toBe(who);
  });
});
