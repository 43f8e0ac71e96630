import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // The build tests run `astro build` several times; two at once fill this machine.
    maxWorkers: 2,
  },
});
