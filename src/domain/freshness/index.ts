// Evidence freshness: expected occurrence windows of a control and which of them have evidence.
export * from './windows.ts';
export * from './coverage.ts';
