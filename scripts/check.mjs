// The gate: typecheck, lint (no warnings), size budgets, unit tests, end-to-end tests. `npm test` runs this.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

const started = Date.now()
const steps = [
  ['typecheck', ['npx', 'tsc', '-b']],
  ['generated types', ['npm', 'run', '--silent', '--workspace', '@shoebox/photos-emulator', 'generate:check']],
  ['lint', ['npx', 'eslint', '.', '--max-warnings=0']],
  ['size budgets', ['node', 'scripts/bundle-budget.mjs']],
  ['unit', ['node', 'scripts/run-unit.mjs']],
  ['e2e', ['node', 'scripts/run-e2e.mjs']],
]
const results = []
for (const [name, [command, ...args]] of steps) {
  console.log(`\n▶ ${name}`)
  const stepStart = Date.now()
  const { status } = spawnSync(command, args, { stdio: 'inherit' })
  results.push({ name, ok: status === 0, seconds: (Date.now() - stepStart) / 1000 })
  if (status !== 0 && name !== 'unit') break // a broken build makes later steps meaningless
}
console.log('\nGate summary:')
for (const { name, ok, seconds } of results) console.log(`  ${ok ? '✔' : '✘'} ${name} (${seconds.toFixed(1)} s)`)
console.log(`  total ${((Date.now() - started) / 1000).toFixed(1)} s`)
// The last line counts tests, not steps: unit + end-to-end.
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined)
const unit = read('reports/vitest.json')
const e2e = read('reports/e2e.json')
const testsPassed = (unit?.numPassedTests ?? 0) + (e2e ? e2e.stats.expected + (e2e.stats.flaky ?? 0) : 0)
const testsFailed = (unit ? unit.numFailedTests : 0) + (e2e ? e2e.stats.unexpected : 0)
const gateOk = results.length === steps.length && results.every((r) => r.ok)
console.log(`${testsPassed} passed, ${testsFailed + (gateOk ? 0 : testsFailed === 0 ? 1 : 0)} failed`)
process.exit(gateOk ? 0 : 1)
