// The first screen's demo thumbnails against a static page showing the same thumbnails from the same server
// (issue 15). The app's page has shown its first screen; its thumbnails' requests are read from Resource Timing.
// Then a plain HTML page (no script, written into the build's demo-library folder, which the service worker does
// not answer with the app) shows the same image URLs, each with a query the emulator ignores so the browser's
// cache cannot answer them: the same service worker makes the same images, after forgetting the thumbnail files
// it read for the app (so both pages meet it in the same state). The figure is the time from the first
// thumbnail request to the last thumbnail's arrival, app over static page, the median of a few visits (bench.mjs);
// the static page shown a second time, with the files read, is printed for information.
import { writeFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const STATIC_PAGE = 'demo-library/__bench-static.html'
/** The service worker's cache of demo files (src/sw.ts). */
const DEMO_MEDIA_CACHE = 'shoebox-demo-library-v1'

/** Waits until every grid image in the viewport has loaded; returns their URLs. */
async function firstScreenThumbnails(page) {
  await page.waitForFunction(
    () => {
      const cells = [...document.querySelectorAll('[role="gridcell"]')].filter((c) => {
        const r = c.getBoundingClientRect()
        return r.bottom > 0 && r.top < innerHeight && r.width > 0
      })
      return cells.length > 0 && cells.every((c) => {
        const img = c.querySelector('img')
        return img && img.complete && img.naturalWidth > 0
      })
    },
    undefined,
    { timeout: 60_000 },
  )
  return page.$$eval('[role="gridcell"] img', (imgs) =>
    imgs.filter((img) => {
      const r = img.getBoundingClientRect()
      return r.bottom > 0 && r.top < innerHeight
    }).map((img) => img.src),
  )
}

/** Span from the first request to the last response among these URLs' resource timings, and the median one. */
const timingsOf = (page, urls) =>
  page.evaluate((wanted) => {
    const set = new Set(wanted)
    const entries = performance.getEntriesByType('resource').filter((e) => set.has(e.name))
    if (!entries.length) return null
    const durations = entries.map((e) => e.responseEnd - e.startTime).sort((a, b) => a - b)
    const t0 = Math.min(...entries.map((e) => e.startTime))
    return {
      detail: entries.map((e) => `${Math.round(e.startTime - t0)}+${Math.round(e.responseEnd - e.startTime)}(w${Math.round(e.responseStart - e.startTime)})`).join(' '),
      count: entries.length,
      span: Math.max(...entries.map((e) => e.responseEnd)) - Math.min(...entries.map((e) => e.startTime)),
      median: durations[Math.floor(durations.length / 2)],
    }
  }, urls)

/** `page` shows the app's first screen (or is about to). Returns the app's and the static page's timings. */
export async function thumbnailsVersusStatic(page, origin, outDir) {
  const urls = await firstScreenThumbnails(page)
  const app = await timingsOf(page, urls)
  const file = join(outDir, STATIC_PAGE)
  /** Shows the same URLs on a plain page; `tag` makes them new to the browser's cache. */
  const staticPage = async (tag) => {
    const staticUrls = urls.map((u) => `${u}${u.includes('?') ? '&' : '?'}${tag}`)
    const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Static thumbnails</title><body>${staticUrls
      .map((u) => `<img src="${u.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}" alt="" width="120" height="120">`)
      .join('')}</body></html>`
    writeFileSync(file, html)
    await page.goto(`${origin}/${STATIC_PAGE}`, { waitUntil: 'load' })
    return timingsOf(page, staticUrls)
  }
  try {
    // The app met a service worker that had not read these thumbnails' files yet; so must the static page, or
    // the figure compares a cold read with a warm one instead of the app with a plain page.
    const forgotten = await page.evaluate(async (cacheName) => {
      const cache = await caches.open(cacheName)
      let count = 0
      for (const request of await cache.keys()) if (new URL(request.url).pathname.includes('/demo-library/thumbs/') && (await cache.delete(request))) count++
      return count
    }, DEMO_MEDIA_CACHE)
    const cold = await staticPage(`static-${Date.now().toString(36)}`)
    const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null)
    const warm = await staticPage(`warm-${Date.now().toString(36)}`)
    return { app, static: cold, warm, controlled, count: urls.length, forgotten }
  } finally {
    rmSync(file, { force: true })
  }
}

/** `runs`: a few visits' results. The median ratio is the target's figure; each run is printed. */
export function thumbnailTargets(runs) {
  const name = 'first screen thumbnails vs a static page (same server, same files unread) ≤ 1.5×, median of 3'
  const measured = runs.filter((r) => r.app && r.static && r.controlled && r.forgotten > 0)
  if (measured.length === 0) {
    const r = runs[0] ?? {}
    const why = !r.controlled ? 'static page not served by the service worker' : !(r.forgotten > 0) ? 'the files could not be made unread' : 'no timings'
    return [[name, `not measured (${why})`, false]]
  }
  const ms = (n) => `${Math.round(n)} ms`
  const withRatio = measured.map((r) => ({ ...r, ratio: r.app.span / r.static.span })).sort((a, b) => a.ratio - b.ratio)
  const median = withRatio[Math.floor(withRatio.length / 2)]
  const each = (r) => `${r.ratio.toFixed(2)}× (app ${ms(r.app.span)}, static ${ms(r.static.span)}, again ${r.warm ? ms(r.warm.span) : '?'})`
  return [
    [name, `${median.ratio.toFixed(2)}× (${median.count} thumbnails; median request ${ms(median.app.median)} vs ${ms(median.static.median)})`, median.ratio <= 1.5],
    ['first screen thumbnails: each visit (app, static page, static page again with the files read)', withRatio.map(each).join('; '), null],
    ['first screen thumbnails, median visit, app: request start + duration (ms)', median.app.detail, null],
    ['first screen thumbnails, median visit, static page: request start + duration (ms)', median.static.detail, null],
  ]
}
