import { defineConfig, devices } from '@playwright/test'

// CHROME_PATH is set by scripts/run-e2e.mjs (Debian's chromium where present, else Playwright's own).
const executablePath = process.env.CHROME_PATH || undefined
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
export const launchOptions = { executablePath, args: chromiumArgs }

// E2E_PORT lets several people run the suite side by side on one machine.
const port = Number(process.env.E2E_PORT ?? 4173)
const outDir = `dist-e2e-${port}`
export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1, // two cores: one browser at a time is fastest overall
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 45_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    serviceWorkers: 'allow',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } },
  ],
  webServer: {
    // The production build, in demo mode (no Google client ID), served as a user would get it.
    command: `npx vite build --mode e2e --outDir ${outDir} && npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    env: { VITE_GOOGLE_CLIENT_ID: '', VITE_PHOTOS_API_URL: '' },
  },
})
