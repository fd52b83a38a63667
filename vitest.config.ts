import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Files in one worker share loaded modules: importing the app anew for each of 90 files cost about 100 s a run.
    // What src keeps at module level is caches keyed by ids or URLs, and the checkpoint hook every test app sets anew.
    isolate: false,
    maxWorkers: 2,
    // Browser tests poll the page; one second (the default) is too short on a loaded 2-core CI machine.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
