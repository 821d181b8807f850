// Runs the Playwright suite in Chromium and ends with a plain "e2e: N passed, N failed" line.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs'
import { findChromium } from './find-browser.mjs'

let chromePath
try {
  chromePath = await findChromium()
} catch (error) {
  console.error(error.message)
  console.log('e2e: 0 passed, 1 failed')
  process.exit(1)
}
mkdirSync('reports', { recursive: true })
const report = 'reports/e2e.json'
if (existsSync(report)) rmSync(report)
const run = spawnSync('npx', ['playwright', 'test', '--reporter=list,json', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chromePath, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
})
let passed = 0
let failed = 0
if (existsSync(report)) {
  const { stats } = JSON.parse(readFileSync(report, 'utf8'))
  passed = stats.expected + (stats.flaky ?? 0)
  failed = stats.unexpected
} else {
  failed = 1
}
console.log(`e2e: ${passed} passed, ${failed} failed`)
process.exit(run.status === 0 && failed === 0 && passed > 0 ? 0 : 1)
