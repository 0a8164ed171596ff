import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code they test (src/**/*.test.ts) and in tests/unit.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
