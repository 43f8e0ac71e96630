import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // The build tests run `astro build` in this one project folder: one at a time.
    fileParallelism: false,
  },
});
