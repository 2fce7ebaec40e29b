/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

// Unit and integration tests run in plain Node: src/engine and src/content must never need a DOM.
// (The infra helper completes this file with the game build and the Ink plugin.)
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
