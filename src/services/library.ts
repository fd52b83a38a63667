// The starter libraries, offered to the organizations that run a program.
import { CONTROL_LIBRARY, CONTROL_LIBRARY_VERSION } from '../domain/library/controls/index.ts';
import type { Ctx } from './context.ts';
import { authorize } from './gate.ts';

export function listControlLibrary(ctx: Ctx) {
  authorize(ctx, 'control.read');
  return { version: CONTROL_LIBRARY_VERSION, templates: CONTROL_LIBRARY.map((t) => ({ ...t, criteria: [...t.criteria], topics: [...t.topics] })) };
}
