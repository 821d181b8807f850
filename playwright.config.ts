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

// Google mode (e2e/google-mode.spec.ts): a second build with a client ID and VITE_PHOTOS_API_URL pointing at the
// Node emulator, on its own port, with Google's sign-in script stubbed in the browser (e2e/support/gsi-stub.ts).
const googlePort = Number(process.env.E2E_GOOGLE_PORT ?? port + 2000)
export const emulatorPort = Number(process.env.E2E_EMULATOR_PORT ?? 8787)
export const emulatorUrl = `http://127.0.0.1:${emulatorPort}`
const googleOutDir = `dist-e2e-google-${googlePort}`
const GOOGLE_SPEC = /google-[\w-]*\.spec\.ts$/
// Google mode built for Google's own API URL (the default), its hosts answered by the emulator (e2e/against-google.spec.ts).
const AGAINST_GOOGLE_SPEC = /against-google\.spec\.ts$/
const againstGooglePort = Number(process.env.E2E_AGAINST_GOOGLE_PORT ?? port + 3000)
const againstGoogleOutDir = `dist-e2e-against-google-${againstGooglePort}`
// Start the Google build and the emulator only when a Google spec can run (a demo-only run skips them).
const cliArgs = process.argv.slice(2)
const fileArgs = cliArgs.filter((a) => /\.spec\.ts|^e2e\//.test(a))
const projectArgs = cliArgs.flatMap((a, i) => (a.startsWith('--project=') ? [a.slice(10)] : a === '--project' ? [cliArgs[i + 1]] : []))
const runsGoogle =
  (fileArgs.length === 0 || fileArgs.some((a) => a.includes('google'))) &&
  (projectArgs.length === 0 || projectArgs.some((p) => p.startsWith('google') || p === 'against-google'))
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
    { name: 'desktop', testIgnore: [GOOGLE_SPEC, AGAINST_GOOGLE_SPEC], use: { ...devices['Desktop Chrome'], launchOptions } },
    {
      name: 'google',
      testMatch: GOOGLE_SPEC,
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${googlePort}` },
    },
    {
      name: 'against-google',
      testMatch: AGAINST_GOOGLE_SPEC,
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${againstGooglePort}` },
    },
  ],
  webServer: [{
    // The production build, in demo mode (no Google client ID), served as a user would get it.
    command: `npx vite build --mode e2e --outDir ${outDir} && npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    env: { VITE_GOOGLE_CLIENT_ID: '', VITE_PHOTOS_API_URL: '', VITE_PHOTOS_PICKER_URL: '' },
  },
  ...(runsGoogle
    ? [
        {
          // The Photos API for Google mode: the emulator's Node host (users are named by the bearer token).
          command: `npm run emulator -- --port ${emulatorPort}`,
          url: `${emulatorUrl}/_emulator/config`,
          reuseExistingServer: !process.env.CI,
          timeout: 60_000,
        },
        {
          command: `npx vite build --mode e2e --outDir ${googleOutDir} && npx vite preview --outDir ${googleOutDir} --host 127.0.0.1 --port ${googlePort} --strictPort`,
          url: `http://127.0.0.1:${googlePort}`,
          reuseExistingServer: !process.env.CI,
          timeout: 180_000,
          env: {
            VITE_GOOGLE_CLIENT_ID: 'test-client.apps.googleusercontent.com',
            VITE_PHOTOS_API_URL: emulatorUrl,
            VITE_PHOTOS_UPLOAD_URL: '',
            VITE_PHOTOS_PICKER_URL: `${emulatorUrl}/picker`,
          },
        },
        {
          command: `npx vite build --mode e2e --outDir ${againstGoogleOutDir} && npx vite preview --outDir ${againstGoogleOutDir} --host 127.0.0.1 --port ${againstGooglePort} --strictPort`,
          url: `http://127.0.0.1:${againstGooglePort}`,
          reuseExistingServer: !process.env.CI,
          timeout: 180_000,
          env: { VITE_GOOGLE_CLIENT_ID: 'test-client.apps.googleusercontent.com', VITE_PHOTOS_API_URL: '', VITE_PHOTOS_UPLOAD_URL: '' },
        },
      ]
    : []),
  ],
})
