// Lighthouse (mobile, the default form factor) on the built app: cold "/" (a fresh profile: a first visit) and
// warm "/library" (a profile that has been through the demo's welcome, so the service worker is installed).
// Lighthouse is not a dependency of the project: it is fetched by `npx` at the pinned version the first time the
// bench runs, and drives the same Chromium as the e2e tests.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const LIGHTHOUSE_VERSION = '12.2.3'
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']
const RUNS = 3
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env }, detached: true })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }, 240_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stderr })
    })
  })
}

async function lighthouseOnce(url, executablePath, { userDataDir } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'shoebox-lh-'))
  const output = join(dir, 'report.json')
  const flags = [...CHROME_FLAGS, ...(userDataDir ? [`--user-data-dir=${userDataDir}`] : [])]
  try {
    const { code, stderr } = await run(
      'npx',
      [
        '--yes',
        `lighthouse@${LIGHTHOUSE_VERSION}`,
        url,
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=${flags.join(' ')}`,
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
        ...(userDataDir ? ['--disable-storage-reset'] : []),
      ],
      { CHROME_PATH: executablePath },
    )
    if (code !== 0) throw new Error(`lighthouse exited with ${code}: ${stderr.split('\n').filter(Boolean).slice(-2).join(' ')}`)
    const report = JSON.parse(readFileSync(output, 'utf8'))
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]))
    const failing = Object.values(report.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id)
    const metric = (id) => report.audits[id]?.numericValue ?? NaN
    return { scores, failing, fcp: metric('first-contentful-paint'), lcp: metric('largest-contentful-paint'), tbt: metric('total-blocking-time') }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Median of RUNS runs of one URL: per-category scores and the timing metrics, plus the audits that failed. */
async function lighthouseMedian(url, executablePath, options) {
  const runs = []
  for (let i = 0; i < RUNS; i++) runs.push(await lighthouseOnce(url, executablePath, options))
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))])),
    fcp: median(runs.map((r) => r.fcp)),
    lcp: median(runs.map((r) => r.lcp)),
    tbt: median(runs.map((r) => r.tbt)),
    failing: [...new Set(runs.flatMap((r) => r.failing))],
  }
}

/**
 * Cold "/" and warm "/library". `prepareWarmProfile(dir)` visits the app in a persistent profile at `dir`
 * (welcome, demo started, service worker installed) and closes it.
 */
export async function lighthouseBench(origin, executablePath, prepareWarmProfile) {
  const cold = await lighthouseMedian(`${origin}/`, executablePath)
  const profile = mkdtempSync(join(tmpdir(), 'shoebox-lh-profile-'))
  try {
    await prepareWarmProfile(profile)
    const warm = await lighthouseMedian(`${origin}/library`, executablePath, { userDataDir: profile })
    return { cold, warm }
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
}

/** The targets: performance ≥ 90, the other categories 100, for each page. */
export function lighthouseTargets({ cold, warm }) {
  const rows = []
  for (const [name, result] of [
    ['cold /', cold],
    ['warm /library', warm],
  ]) {
    const s = result.scores
    const timings = `FCP ${(result.fcp / 1000).toFixed(1)} s, LCP ${(result.lcp / 1000).toFixed(1)} s, TBT ${Math.round(result.tbt)} ms`
    rows.push([`Lighthouse mobile ${name}: performance ≥ 90`, `${s.performance} (${timings})`, s.performance >= 90])
    for (const c of CATEGORIES.slice(1)) rows.push([`Lighthouse mobile ${name}: ${c} = 100`, `${s[c]}`, s[c] === 100])
    if (result.failing.length) rows.push([`Lighthouse mobile ${name}: audits that failed in some run`, result.failing.join(', '), null])
  }
  return rows
}
