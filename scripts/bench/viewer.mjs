// The viewer: opened from the grid, the grid's thumbnail is on screen at once (same URL, so from the cache)
// while the full image loads; stepping to a preloaded neighbour shows its image within 100 ms.

const STEPS = 6
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits until no image request of the page has been in flight for `quietMs` (the neighbours' preloads done). */
async function imagesSettled(page, inFlight, quietMs = 400) {
  let quietSince = Date.now()
  for (let i = 0; i < 200; i++) {
    if (inFlight.size > 0) quietSince = Date.now()
    else if (Date.now() - quietSince >= quietMs) return
    await sleep(50)
  }
}

export async function viewerBench(browser, origin, storageState) {
  const context = await browser.newContext({ storageState, viewport: { width: 1440, height: 900 } })
  try {
    const page = await context.newPage()
    const inFlight = new Set()
    page.on('request', (r) => r.resourceType() === 'image' && inFlight.add(r))
    page.on('requestfinished', (r) => inFlight.delete(r))
    page.on('requestfailed', (r) => inFlight.delete(r))
    await page.goto(`${origin}/library`)
    const cell = page.getByRole('gridcell').first()
    await page.waitForFunction(() => {
      const img = document.querySelector('[role="gridcell"] img')
      return img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0
    }, undefined, { timeout: 60_000 })
    const gridThumb = await cell.locator('img').getAttribute('src')
    // What the dialog shows first: recorded by an observer installed before the click.
    await page.evaluate(() => {
      window.__viewerFirst = null
      const observer = new MutationObserver(() => {
        const img = document.querySelector('[role="dialog"] img[aria-hidden="true"]')
        if (!img) return
        observer.disconnect()
        window.__viewerFirst = { src: img.getAttribute('src'), shown: img.complete && img.naturalWidth > 0 }
      })
      observer.observe(document.body, { subtree: true, childList: true })
    })
    await cell.click()
    await page.getByRole('dialog').waitFor()
    const first = await page.evaluate(() => window.__viewerFirst)
    const preview = first?.src ?? null
    const previewShown = !!first?.shown
    await imagesSettled(page, inFlight)

    const stepTimes = []
    for (let i = 0; i < STEPS; i++) {
      const ms = await page.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const full = () => document.querySelector('[role="dialog"] img[alt]:not([aria-hidden])')
            const before = full()?.getAttribute('src')
            const next = [...document.querySelectorAll('[role="dialog"] button')].find((b) => b.getAttribute('aria-label') === 'Next')
            if (!next) return reject(new Error('no Next button'))
            const start = performance.now()
            next.click()
            const check = () => {
              const img = full()
              if (img && img.getAttribute('src') !== before && img.complete && img.naturalWidth > 0 && getComputedStyle(img).opacity === '1') {
                resolve(performance.now() - start)
              } else if (performance.now() - start > 10_000) reject(new Error('the next image never showed'))
              else requestAnimationFrame(check)
            }
            requestAnimationFrame(check)
          }),
      )
      stepTimes.push(ms)
      await imagesSettled(page, inFlight)
    }
    const sorted = [...stepTimes].sort((a, b) => a - b)
    return { gridThumb, preview, previewShown, stepMedian: sorted[Math.floor(sorted.length / 2)], stepMax: sorted.at(-1) }
  } finally {
    await context.close()
  }
}

export function viewerTargets(v) {
  return [
    ['viewer: the grid thumbnail shows at once while the full image loads', v.preview === v.gridThumb ? `same URL, ${v.previewShown ? 'already decoded' : 'not yet decoded'}` : `preview ${v.preview ?? 'none'} ≠ grid ${v.gridThumb}`, v.preview === v.gridThumb && v.previewShown],
    ['viewer: next to a preloaded neighbour < 100 ms to its image', `median ${Math.round(v.stepMedian)} ms, max ${Math.round(v.stepMax)} ms`, v.stepMedian < 100],
  ]
}
