/**
 * Pure tests: layouts, readers and formatting, which need no DOM, run in Node (`npm run test:unit`).
 * Whatever touches the DOM or a browser API stays in the Chromium tests (web-test-runner).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
