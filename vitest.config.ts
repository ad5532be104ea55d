/** Unit tests run in Node: shared, store, services, CLI and the Electron glue (with electron mocked). */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    reporters: ['default'],
  },
});
