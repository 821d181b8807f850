import { defineConfig } from 'vitest/config'

// The emulator's own tests run in plain Node (its hosts are Node, a service worker and tests; none has a DOM).
export default defineConfig({
  test: {
    name: 'photos-emulator',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    testTimeout: 15_000,
  },
})
