// Runs Vitest and ends with a plain "unit: N passed, N failed" line.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs'

mkdirSync('reports', { recursive: true })
const report = 'reports/vitest.json'
if (existsSync(report)) rmSync(report)
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
)
let passed = 0
let failed = 0
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'))
  passed = json.numPassedTests
  failed = json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0)
} else {
  failed = 1
}
console.log(`unit: ${passed} passed, ${failed} failed`)
process.exit(run.status === 0 && failed === 0 && passed > 0 ? 0 : 1)
