// Benchmarks: what the first route costs to download (gzip), the emulator's speed on a large library, and
// load timings of the built app in Chromium. Prints a table; numbers go in release notes, not in tests.
import { spawnSync, spawn } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

const outDir = 'dist-bench'
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`

function build() {
  const run = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', 'error'], { stdio: 'inherit' })
  if (run.status !== 0) process.exit(run.status ?? 1)
}

function firstRouteAssets() {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1].replace(/^\//, ''))
  return [...new Set(refs)]
}

function sizeOf(file) {
  const bytes = readFileSync(join(outDir, file))
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
}

function allJs() {
  const dir = join(outDir, 'assets')
  return readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`)
}

build()
const first = firstRouteAssets()
const firstSizes = first.map((file) => ({ file, ...sizeOf(file) }))
const firstJs = firstSizes.filter((s) => s.file.endsWith('.js'))
const sum = (list, key) => list.reduce((total, item) => total + item[key], 0)
console.log('\nFirst route (index.html and what it loads before rendering):')
for (const s of firstSizes) console.log(`  ${s.file.padEnd(48)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(10)} gzip`)
console.log(`  JS total: ${kb(sum(firstJs, 'raw'))} raw, ${kb(sum(firstJs, 'gzip'))} gzip`)
const everything = allJs().map((file) => ({ file, ...sizeOf(file) }))
console.log(`All JS chunks: ${everything.length} files, ${kb(sum(everything, 'gzip'))} gzip`)
const sw = sizeOf('sw.js')
console.log(`Service worker (shell cache + demo emulator): ${kb(sw.raw)} raw, ${kb(sw.gzip)} gzip`)

// The emulator on a large library, in-process (the same handler the service worker and Node host run).
const emulatorBench = spawnSync('npx', ['tsx', 'scripts/bench-emulator.ts'], { stdio: 'inherit' })
if (emulatorBench.status !== 0) console.log('(emulator benchmark failed)')

// Load timings in Chromium, if one is available.
try {
  const { findChromium } = await import('./find-browser.mjs')
  const executablePath = await findChromium({ install: false })
  const server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', '4199', '--strictPort'], { stdio: 'ignore' })
  try {
    const { chromium } = await import('@playwright/test')
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] })
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 })
    await page.goto('http://127.0.0.1:4199/library')
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    const cold = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0]
      return { domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd }
    })
    await page.reload()
    const start = Date.now()
    await page.locator('img[src*="__emulator/media"]').first().waitFor({ timeout: 15000 }).catch(() => undefined)
    const firstThumbMs = Date.now() - start
    const warm = await page.evaluate(() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd)
    console.log(`\nChromium, phone viewport: cold DOMContentLoaded ${cold.domContentLoaded.toFixed(0)} ms, load ${cold.load.toFixed(0)} ms;`)
    console.log(`  warm (service worker) DOMContentLoaded ${warm.toFixed(0)} ms; first thumbnail after reload ${firstThumbMs} ms`)
    await browser.close()
  } finally {
    server.kill()
  }
} catch (error) {
  console.log(`(browser timings skipped: ${error instanceof Error ? error.message.split('\n')[0] : error})`)
}
