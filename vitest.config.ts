import { defineConfig } from 'vitest/config';

// Unit and integration tests run in plain Node: src/engine and src/content must never need a DOM.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
