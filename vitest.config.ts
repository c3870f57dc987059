import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Deeply nested source recurses deeply in the parser, as it does in CPython's;
    // give test processes the stack bin/pyvm runs with.
    execArgv: ['--stack-size=3000'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
