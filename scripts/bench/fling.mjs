// The 10 000-item fling (issue 15): scripted wheel scrolling over the demo library at human pace, then fast
// flings to the end, on a phone-sized and a desktop-sized window. What the page did is recorded inside it (an
// init script): long tasks, the library pages it asked for and how far from the end it was when it asked, and
// how long each grid cell lived and whether it asked for its image. Thumbnail requests in flight are counted
// from the browser's side.

const FLING_ITEMS = 10_000
const HUMAN_STEP_PX = 100
const HUMAN_STEP_MS = 100
const HUMAN_STEPS = 60
// Few, large wheel steps: on a busy machine each step waits for the page to take it, so many small ones would
// measure the machine more than the grid.
const FLING_EVENTS = 6
const FLING_EVENT_PX = 1000
const FLING_PAUSE_MS = 300
const FLING_TIME_LIMIT_MS = 300_000
/** Cells shorter-lived than this are rows that flew past; they should not have asked for an image. */
const FLEW_PAST_MS = 150

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs in the page before the app: records long tasks, list requests and cell lifetimes into window.__bench. */
function instrument() {
  const bench = { marks: [{ phase: 'load', at: 0 }], longTasks: [], lists: [], cells: [] }
  window.__bench = bench
  bench.mark = (phase) => bench.marks.push({ phase, at: performance.now() })
  const phaseAt = (t) => bench.marks.filter((m) => m.at <= t).at(-1)?.phase ?? 'load'
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ duration: e.duration, phase: phaseAt(e.startTime) })
  }).observe({ type: 'longtask', buffered: true })

  const scroller = () => document.querySelector('[data-testid="media-grid-scroller"]') ?? document.scrollingElement
  const originalFetch = window.fetch
  window.fetch = function (input, init) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const parsed = new URL(url, location.href)
    if (/\/v1\/mediaItems$/.test(parsed.pathname)) {
      const el = scroller()
      bench.lists.push({
        token: parsed.searchParams.get('pageToken') ?? '',
        screensLeft: el && el.clientHeight ? (el.scrollHeight - el.scrollTop - el.clientHeight) / el.clientHeight : null,
        phase: phaseAt(performance.now()),
      })
    }
    return originalFetch.call(this, input, init)
  }

  // A cell is identified by its element and data-index; it "lives" from mount (or index change) to removal.
  const live = new Map()
  const begin = (cell, now) => live.set(cell, { index: cell.getAttribute('data-index'), mount: now, image: !!cell.querySelector('img[src]:not([src=""])'), phase: phaseAt(now) })
  const end = (cell, now) => {
    const rec = live.get(cell)
    if (!rec) return
    live.delete(cell)
    bench.cells.push({ ...rec, life: now - rec.mount })
  }
  const cellsIn = (node) => (node.nodeType !== 1 ? [] : node.matches('[role="gridcell"]') ? [node] : [...node.querySelectorAll('[role="gridcell"]')])
  new MutationObserver((records) => {
    const now = performance.now()
    for (const r of records) {
      if (r.type === 'childList') {
        r.removedNodes.forEach((n) => cellsIn(n).forEach((c) => end(c, now)))
        r.addedNodes.forEach((n) => cellsIn(n).forEach((c) => begin(c, now)))
        r.addedNodes.forEach((n) => {
          if (n.nodeType === 1 && n.tagName === 'IMG' && n.getAttribute('src')) {
            const rec = live.get(n.closest('[role="gridcell"]'))
            if (rec) rec.image = true
          }
        })
      } else if (r.attributeName === 'data-index' && r.target.matches('[role="gridcell"]')) {
        end(r.target, now)
        begin(r.target, now)
      } else if (r.attributeName === 'src' && r.target.tagName === 'IMG' && r.target.getAttribute('src')) {
        const rec = live.get(r.target.closest('[role="gridcell"]'))
        if (rec) rec.image = true
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['src', 'data-index'] })
  bench.finish = () => {
    const now = performance.now()
    for (const cell of [...live.keys()]) end(cell, now)
  }
}

const isThumbnail = (url) => /\/__emulator\/media\/.*=w\d+/.test(url)

/** Thumbnail requests in flight at once (the page's own, as the browser sees them). */
function trackThumbnailConcurrency(page) {
  const inFlight = new Set()
  let max = 0
  let total = 0
  page.on('request', (r) => {
    if (!isThumbnail(r.url())) return
    inFlight.add(r)
    total += 1
    max = Math.max(max, inFlight.size)
  })
  const done = (r) => inFlight.delete(r)
  page.on('requestfinished', done)
  page.on('requestfailed', done)
  return { get max() { return max }, get total() { return total } }
}

/** Cells on screen now, and the most in one row (a row is cells sharing a top). */
const cellsOnScreen = (page) =>
  page.$$eval('[role="gridcell"]', (cells) => {
    const shown = cells.map((c) => c.getBoundingClientRect()).filter((r) => r.bottom > 0 && r.top < innerHeight && r.width > 0)
    const rows = new Map()
    for (const r of shown) rows.set(Math.round(r.top), (rows.get(Math.round(r.top)) ?? 0) + 1)
    return { screen: shown.length, row: Math.max(0, ...rows.values()) }
  })

/** Worst ratio of image pixels to CSS pixels among the loaded thumbnails on screen. */
const worstThumbnailScale = (page) =>
  page.$$eval('[role="gridcell"] img', (imgs) =>
    Math.max(
      0,
      ...imgs
        .filter((img) => img.complete && img.naturalWidth > 0)
        .map((img) => ({ img, box: img.getBoundingClientRect() }))
        // On screen: a cell leaving the DOM mid-fling can report an empty box (which gave "Infinity×" once).
        .filter(({ box }) => box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight)
        .map(({ img, box }) => Math.max(img.naturalWidth / box.width, img.naturalHeight / box.height)),
    ),
  )

async function wheel(page, events, px, everyMs) {
  for (let i = 0; i < events; i++) {
    await page.mouse.wheel(0, px)
    await sleep(everyMs)
  }
}

/**
 * One device: loads the 10 000-item library, scrolls at human pace, then flings until the end. Returns the
 * figures and the targets they meet.
 */
export async function flingBench(browser, origin, storageState, device) {
  const context = await browser.newContext({ storageState, viewport: device.viewport, deviceScaleFactor: device.dpr })
  try {
    await context.addInitScript(instrument)
    const page = await context.newPage()
    await page.goto(`${origin}/library`)
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 })
    await page.evaluate(async (items) => {
      const res = await fetch('/__emulator/_emulator/large-library', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ items }) })
      if (!res.ok) throw new Error(`large-library: ${res.status}`)
    }, FLING_ITEMS)
    const thumbs = trackThumbnailConcurrency(page)
    await page.reload()
    const grid = page.getByRole('grid').first()
    await grid.getByRole('gridcell').first().waitFor({ timeout: 60_000 })
    const box = await page.getByTestId('media-grid-scroller').boundingBox().catch(() => null)
    const view = device.viewport
    await page.mouse.move(box ? box.x + box.width / 2 : view.width / 2, box ? box.y + Math.min(box.height / 2, 300) : view.height / 2)
    let worstScale = await worstThumbnailScale(page)
    const screenful = { screen: 0, row: 0 }
    const sampleScreen = async () => {
      const now = await cellsOnScreen(page)
      screenful.screen = Math.max(screenful.screen, now.screen)
      screenful.row = Math.max(screenful.row, now.row)
    }
    await sampleScreen()

    await page.evaluate(() => window.__bench.mark('human'))
    await wheel(page, HUMAN_STEPS, HUMAN_STEP_PX, HUMAN_STEP_MS)
    worstScale = Math.max(worstScale, await worstThumbnailScale(page))

    await page.evaluate(() => window.__bench.mark('fling'))
    const started = Date.now()
    let flings = 0
    let stalls = 0
    let reachedEnd = false
    while (Date.now() - started < FLING_TIME_LIMIT_MS) {
      await wheel(page, FLING_EVENTS, FLING_EVENT_PX, 16)
      flings += 1
      const state = await page.evaluate(() => {
        const el = document.querySelector('[data-testid="media-grid-scroller"]') ?? document.scrollingElement
        const gridEl = document.querySelector('[role="grid"]')
        return { atBottom: el.scrollTop + el.clientHeight >= el.scrollHeight - 2, complete: gridEl?.getAttribute('aria-rowcount') !== '-1' }
      })
      if (state.atBottom && state.complete) {
        reachedEnd = true
        break
      }
      if (state.atBottom) stalls += 1
      if (flings % 10 === 0) {
        worstScale = Math.max(worstScale, await worstThumbnailScale(page))
        await sampleScreen()
      }
      await sleep(FLING_PAUSE_MS)
    }
    const flingMs = Date.now() - started
    const lastIndex = await page.evaluate(() => Math.max(...[...document.querySelectorAll('[role="gridcell"]')].map((c) => Number(c.getAttribute('data-index')) || 0)))
    await page.evaluate(() => window.__bench.mark('idle'))
    await sleep(500)
    worstScale = Math.max(worstScale, await worstThumbnailScale(page))
    const recorded = await page.evaluate(() => {
      window.__bench.finish()
      const { longTasks, lists, cells } = window.__bench
      return { longTasks, lists, cells }
    })
    await page.evaluate(() => fetch('/__emulator/_emulator/large-library', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ items: 0 }) }))

    const tokens = recorded.lists.map((l) => l.token)
    const repeated = tokens.length - new Set(tokens).size
    const repeatedAt = tokens.flatMap((token, i) => (tokens.indexOf(token) < i ? [`page ${tokens.indexOf(token) + 1} again as request ${i + 1}`] : []))
    const ahead = recorded.lists.filter((l) => l.token && l.screensLeft !== null).map((l) => l.screensLeft).sort((a, b) => a - b)
    const medianAhead = ahead.length ? ahead[Math.floor(ahead.length / 2)] : 0
    const longest = (phase) => Math.max(0, ...recorded.longTasks.filter((t) => t.phase === phase).map((t) => t.duration))
    const flewPast = recorded.cells.filter((c) => c.phase === 'fling' && c.life < FLEW_PAST_MS)
    const flewPastWithImage = flewPast.filter((c) => c.image).length
    return {
      device: device.name,
      figures: {
        flings,
        flingMs,
        lastIndex,
        reachedEnd,
        stalls,
        pages: tokens.length,
        repeated,
        repeatedAt,
        medianAhead,
        minAhead: ahead[0] ?? 0,
        flewPast: flewPast.length,
        flewPastWithImage,
        thumbnails: thumbs.total,
        maxConcurrent: thumbs.max,
        screenful,
        worstScale,
        longFling: longest('fling'),
        longHuman: longest('human'),
        longTaskCount: recorded.longTasks.filter((t) => t.phase === 'fling' || t.phase === 'human').length,
      },
    }
  } finally {
    await context.close()
  }
}

/** The fling's targets, as rows for the bench's table. */
export function flingTargets({ device, figures: f }, minConcurrent) {
  // The grid lets one screen of thumbnails load at once (at least minConcurrent): the cells on screen and a row.
  const maxConcurrent = Math.max(minConcurrent, f.screenful.screen + f.screenful.row)
  const ms = (n) => `${Math.round(n)} ms`
  return [
    [`fling ${device}: reaches the end of ${FLING_ITEMS.toLocaleString('en')} items`, `${f.reachedEnd ? 'end' : `item ${f.lastIndex}`} after ${f.flings} flings, ${(f.flingMs / 1000).toFixed(0)} s; ${f.stalls} flings ended at the loaded end`, f.reachedEnd],
    [`fling ${device}: next page asked for two screens ahead`, `median ${f.medianAhead.toFixed(1)} screens left (min ${f.minAhead.toFixed(1)}) over ${f.pages} pages`, f.medianAhead >= 1.5 && f.minAhead >= 0.5],
    [`fling ${device}: no page requested twice`, `${f.repeated} repeated${f.repeatedAt.length ? ` (${f.repeatedAt.join(', ')})` : ''}`, f.repeated === 0],
    [`fling ${device}: no image for cells that pass in < ${FLEW_PAST_MS} ms`, `${f.flewPastWithImage} of ${f.flewPast} such cells; ${f.thumbnails} thumbnails in all`, f.flewPastWithImage === 0],
    [`fling ${device}: thumbnail requests in flight ≤ one screen of cells (${maxConcurrent})`, `${f.maxConcurrent} at most`, f.maxConcurrent <= maxConcurrent],
    [`fling ${device}: thumbnail pixels ≤ 1.5× CSS size`, `${f.worstScale.toFixed(2)}×`, f.worstScale <= 1.5 + 1e-9],
    [`fling ${device}: no long task > 200 ms while flinging`, `longest ${ms(f.longFling)} (${f.longTaskCount} long tasks in all)`, f.longFling <= 200],
    [`fling ${device}: no long task > 100 ms at human pace`, `longest ${ms(f.longHuman)}`, f.longHuman <= 100],
  ]
}
