// Finds a Chromium for Playwright: Debian's /usr/bin/chromium where present (CHROME_PATH overrides),
// else Playwright's own (installing it where downloads work), else explains how to get one.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

export async function findChromium({ install = true } = {}) {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)
  for (const path of candidates) if (existsSync(path)) return path

  const { chromium } = await import('@playwright/test')
  const bundled = chromium.executablePath()
  if (bundled && existsSync(bundled)) return bundled
  if (install) {
    console.log('No Chromium found; trying `npx playwright install chromium`…')
    const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' })
    if (result.status === 0 && existsSync(chromium.executablePath())) return chromium.executablePath()
  }
  throw new Error(
    [
      'No Chromium browser was found for the end-to-end tests.',
      'Install one of these and run the tests again:',
      '  • Debian/Ubuntu: sudo apt-get install -y chromium   (used from /usr/bin/chromium)',
      '  • anywhere with downloads: npx playwright install chromium',
      '  • or point CHROME_PATH at an existing Chromium or Chrome binary.',
    ].join('\n'),
  )
}

if (import.meta.url === `file://${process.argv[1]}`) {
  findChromium().then(
    (path) => console.log(path),
    (error) => {
      console.error(error.message)
      process.exit(1)
    },
  )
}
