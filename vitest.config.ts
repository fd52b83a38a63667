import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    // Browser tests poll the page; one second (the default) is too short on a loaded 2-core CI machine.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
