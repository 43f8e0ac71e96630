import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Unit tests work on their own temporary copies of the fixtures, so they run in parallel;
    // tests/build holds one file, whose real builds run one at a time.
  },
});
